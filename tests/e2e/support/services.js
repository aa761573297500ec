// What the services' journeys share: the words an officer reads in each language, the steps of the
// one transaction flow (security code, verify, confirm, the result, the paper as a PDF), and residents
// found the way an officer would find them, by asking the portal for quotes through an API session.
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { openApp } from './app.js';
import { apiSession, latestCode, signIn } from './journey.js';

export const WORDS = {
  ar: {
    username: 'اسم المستخدم', password: 'كلمة المرور', captcha: 'الرمز الظاهر في الصورة',
    captchaImage: 'رمز التحقق المرئي', signIn: 'دخول', code: 'رمز التحقق', verify: 'تحقق',
    signInTitle: 'تسجيل الدخول', sendCode: 'أرسل رمز التحقق', transactionCode: 'رمز التحقق للمعاملة',
    next: 'متابعة', iqama: 'رقم الإقامة', verifyData: 'تحقق من البيانات', verified: 'البيانات بعد التحقق',
    print: 'طباعة', requestNumber: 'رقم الطلب', visaNumber: 'رقم التأشيرة', months12: '12 شهرًا',
    establishment: 'شركة الرمال الذهبية للمقاولات', nakheel: 'مؤسسة النخيل للتجارة',
    issueIqama: 'إصدار إقامة لقادم جديد', border: 'رقم الحدود', nameAr: 'الاسم بالعربية', nameEn: 'الاسم بالإنجليزية',
    mobile: 'رقم الجوال', occupation: 'المهنة', nationality: 'الجنسية', issueSubmit: 'إصدار الإقامة',
    issueConfirm: 'تأكيد الإصدار', issueDone: 'تم إصدار الإقامة', newIqama: 'رقم الإقامة الجديد',
    exitReentry: 'تأشيرة خروج وعودة', single: 'مفردة', days: 'مدة التأشيرة بالأيام', fee200: /200\.00 ريال/,
    exitSubmit: 'إصدار التأشيرة', exitConfirm: 'تأكيد الإصدار', exitDone: 'تم إصدار تأشيرة الخروج والعودة',
    openVisa: 'عرض التأشيرة', extend: 'تمديد تأشيرة الخروج والعودة', extensionDays: 'الأيام المضافة',
    extendSubmit: 'تمديد التأشيرة', extendConfirm: 'تأكيد التمديد', extendDone: 'تم تمديد التأشيرة',
    cancelVisa: 'إلغاء التأشيرة', cancelConfirm: 'تأكيد الإلغاء', cancelDone: 'تم إلغاء التأشيرة',
    noRefund: 'لا تسترد رسوم التأشيرة عند إلغائها.',
    finalExit: 'تأشيرة خروج نهائي', finalSubmit: 'إصدار الخروج النهائي', finalConfirm: 'تأكيد الإصدار',
    finalDone: 'تم إصدار تأشيرة الخروج النهائي',
    occupationChange: 'تعديل المهنة', newOccupation: 'المهنة الجديدة', occupationSubmit: 'تعديل المهنة',
    occupationConfirm: 'تأكيد التعديل', occupationDone: 'تم تعديل المهنة', fee2000: /2,000\.00 ريال/,
    transfer: 'نقل الخدمات', newEstablishment: 'الرقم الموحد للمنشأة الجديدة', transferSubmit: 'طلب النقل',
    transferConfirm: 'تأكيد الطلب', transferDone: 'تم إرسال طلب نقل الخدمات إلى المنشأة الجديدة',
    transfers: 'طلبات نقل الخدمات', incoming: 'الطلبات الواردة', acceptFor: 'قبول نقل', declineFor: 'رفض نقل',
    declineSubmit: 'رفض النقل', declineConfirm: 'تأكيد الرفض', declineDone: 'تم رفض طلب النقل', acceptSubmit: 'قبول النقل',
    acceptConfirm: 'تأكيد القبول', acceptDone: 'تم قبول النقل وانتقل المقيم إلى منشأتك',
    passportUpdate: 'نقل معلومات الجواز', passportNumber: 'رقم الجواز الجديد', issued: 'تاريخ إصدار الجواز',
    expiry: 'تاريخ انتهاء الجواز', country: 'بلد الإصدار', passportCheck: 'راجع البيانات قبل الإرسال', passportSubmit: 'تحديث الجواز',
    passportConfirm: 'تأكيد التحديث', passportDone: 'تم تحديث معلومات الجواز',
    residentReport: 'تقرير مقيم', reportSubmit: 'إصدار التقرير', reportDone: 'تم إصدار تقرير المقيم',
    reportNumber: 'رقم التقرير',
    renewIqama: 'تجديد الإقامة', renewSubmit: 'تجديد', renewConfirm: 'تأكيد التجديد', renewDone: 'تم تجديد الإقامة بنجاح',
    file: 'ملف المقيم', fileTabs: ['البيانات الشخصية', 'الجواز والتأمين', 'التأشيرات', 'المخالفات المرورية', 'التابعون', 'رخص القيادة', 'المركبات'],
    notFound: 'الصفحة غير موجودة',
  },
  en: {
    username: 'Username', password: 'Password', captcha: 'The code in the image',
    captchaImage: 'Visual verification code', signIn: 'Sign in', code: 'Verification code', verify: 'Verify',
    signInTitle: 'Sign in', sendCode: 'Send the security code', transactionCode: 'Transaction security code',
    next: 'Continue', iqama: 'Iqama number', verifyData: 'Verify data', verified: 'Verified details',
    print: 'Print', requestNumber: 'Request number', visaNumber: 'Visa number', months12: '12 months',
    establishment: 'Golden Sands Contracting Co.', nakheel: 'Al Nakheel Trading Est.',
    issueIqama: 'Iqama for a new arrival', border: 'Border number', nameAr: 'Name in Arabic', nameEn: 'Name in English',
    mobile: 'Mobile number', occupation: 'Occupation', nationality: 'Nationality', issueSubmit: 'Issue the iqama',
    issueConfirm: 'Confirm issue', issueDone: 'The iqama was issued', newIqama: 'New iqama number',
    exitReentry: 'Exit/re-entry visa', single: 'Single', days: 'Visa length in days', fee200: /200\.00 SAR/,
    exitSubmit: 'Issue the visa', exitConfirm: 'Confirm issue', exitDone: 'The exit/re-entry visa was issued',
    openVisa: 'Open the visa', extend: 'Extend the exit/re-entry visa', extensionDays: 'Days to add',
    extendSubmit: 'Extend the visa', extendConfirm: 'Confirm extension', extendDone: 'The visa was extended',
    cancelVisa: 'Cancel the visa', cancelConfirm: 'Confirm cancellation', cancelDone: 'The visa was cancelled',
    noRefund: 'The visa\'s fee is not refunded when it is cancelled.',
    finalExit: 'Final exit visa', finalSubmit: 'Issue the final exit', finalConfirm: 'Confirm issue',
    finalDone: 'The final exit visa was issued',
    occupationChange: 'Change of occupation', newOccupation: 'New occupation', occupationSubmit: 'Change the occupation',
    occupationConfirm: 'Confirm change', occupationDone: 'The occupation was changed', fee2000: /2,000\.00 SAR/,
    transfer: 'Transfer of services', newEstablishment: 'New establishment\'s unified number',
    transferSubmit: 'Ask for the transfer', transferConfirm: 'Confirm request',
    transferDone: 'The transfer request was sent to the new establishment',
    transfers: 'Transfer requests', incoming: 'Asked of us', acceptFor: 'Accept the transfer of',
    declineFor: 'Decline the transfer of', declineSubmit: 'Decline the transfer', declineConfirm: 'Confirm decline',
    declineDone: 'The transfer was declined',
    acceptSubmit: 'Accept the transfer', acceptConfirm: 'Confirm acceptance',
    acceptDone: 'The transfer was accepted; the resident is now with your establishment',
    passportUpdate: 'Passport update', passportNumber: 'New passport number', issued: 'Passport issue date',
    expiry: 'Passport expiry date', country: 'Issuing country', passportCheck: 'Check the details before sending', passportSubmit: 'Update the passport',
    passportConfirm: 'Confirm update', passportDone: 'The passport details were updated',
    residentReport: 'Resident report', reportSubmit: 'Issue the report', reportDone: 'The resident report was issued',
    reportNumber: 'Report number',
    renewIqama: 'Renew iqama', renewSubmit: 'Renew', renewConfirm: 'Confirm renewal', renewDone: 'The iqama was renewed',
    file: 'Resident\'s file', fileTabs: ['Profile', 'Passport and insurance', 'Visas', 'Traffic violations', 'Dependants', 'Driving licences', 'Vehicles'],
    notFound: 'Page not found',
  },
};

// Opens the app in `language`, signs `username` in and waits for the dashboard.
export async function signedIn(page, language, username = 'golden.admin') {
  const t = WORDS[language];
  await page.addInitScript((code) => localStorage.setItem('muqeem.language', code), language);
  await openApp(page, '/#/');
  await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
  await signIn(page, t, { username });
  await expect(page.getByRole('heading', { level: 2, name: language === 'ar' ? 'الخدمات' : 'Services' })).toBeVisible();
  return t;
}

// The transaction's security code: asked for, read from the demo outbox, typed, on to the details.
export async function securityCode(page, t) {
  await page.getByRole('button', { name: t.sendCode }).click();
  const code = page.getByLabel(t.transactionCode);
  await expect(code).toBeVisible();
  await code.fill(await latestCode(page));
  await page.getByRole('button', { name: t.next, exact: true }).click();
}

// Chooses `name` in a type-to-search select.
export async function choose(page, label, name) {
  const select = page.getByRole('combobox', { name: label });
  await select.click();
  await select.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  // The list closes once the app has taken the choice (and put focus back on the field): the typed
  // filter alone already shows `name`, and a field filled before then lost its focus to the list's.
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  await expect(select).toHaveValue(name);
}

// "Verify data", then the transaction's button and its confirmation; returns the result's reference.
export async function verifyAndConfirm(page, t, submit, confirm, done, referenceLabel) {
  await page.getByRole('button', { name: t.verifyData }).click();
  await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
  return confirmAndRead(page, submit, confirm, done, referenceLabel);
}

export async function confirmAndRead(page, submit, confirm, done, referenceLabel) {
  await page.getByRole('button', { name: submit, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeAttached();
  await dialog.getByRole('button', { name: confirm }).click();
  return resultReference(page, done, referenceLabel);
}

export async function resultReference(page, done, referenceLabel) {
  await expect(page.getByRole('status').filter({ hasText: done })).toBeAttached();
  const line = await page.getByText(referenceLabel).first().textContent();
  return line.match(/\d{6,}/)[0];
}

// Prints the result and reads the paper back as text (the PDF through pdftotext).
export async function printedText(page, testInfo, t, name, button = t.print) {
  await page.evaluate(() => { window.muqeem.printed = false; window.print = () => { window.muqeem.printed = true; }; });
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.muqeem.printed === true)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

// Calls `ask(session, iqama)` for residents until it says yes; returns that iqama.
async function firstResident(request, query, ask, username = 'golden.admin') {
  const session = await apiSession(request, username);
  try {
    const page = await session.api(`/residents?${query}`);
    for (const resident of page.content) {
      if (await ask(session, resident.iqamaNumber)) return resident.iqamaNumber;
    }
  } finally {
    await session.close();
  }
  throw new Error(`no resident among ${query} fits`);
}

const post = (session, path, data) => session.api(path, { method: 'POST', data });

export const exitReentryCandidate = (request) => firstResident(request, 'sort=iqamaExpiry,desc&size=100',
  async (s, iqama) => (await post(s, '/exit-reentry-visas/quote', { iqamaNumber: iqama, type: 'single', durationDays: 30 })).eligible);

export const finalExitCandidate = (request) => firstResident(request, 'sort=iqamaExpiry,desc&page=1&size=100',
  async (s, iqama) => (await post(s, '/final-exits/quote', { iqamaNumber: iqama })).eligible);

// A resident Qiwa approved a change for, and that occupation: {iqama, occupation: {code, ar, en}}.
export async function occupationCandidate(request) {
  let occupation;
  const iqama = await firstResident(request, 'sort=iqamaExpiry,desc&size=100', async (s, number) => {
    const quote = await post(s, '/occupation-changes/quote', { iqamaNumber: number, occupationCode: 'ACC' });
    if (!quote.qiwaApprovedOccupation) return false;
    const approved = await post(s, '/occupation-changes/quote',
      { iqamaNumber: number, occupationCode: quote.qiwaApprovedOccupation.code });
    occupation = quote.qiwaApprovedOccupation;
    return approved.eligible;
  });
  return { iqama, occupation };
}

export async function establishmentNumber(request, username) {
  const session = await apiSession(request, username);
  try {
    return (await session.api('/establishment')).unifiedNumber;
  } finally {
    await session.close();
  }
}

// One on their first transfer: its SAR 2,000 is within the new establishment's demo balance.
export const transferCandidate = (request, to) => firstResident(request, 'sort=iqamaExpiry,desc&page=2&size=100',
  async (s, iqama) => {
    const quote = await post(s, '/service-transfers/quote', { iqamaNumber: iqama, newEstablishmentNumber: to });
    return quote.eligible && quote.transferOrdinal === 1;
  });

export const anyResident = (request, page = 3) => firstResident(request, `sort=iqamaExpiry,desc&page=${page}&size=20`,
  async () => true);

// A new arrival whose iqama can be issued now, with what the form needs: {border, occupation, nationality}.
export async function arrivalCandidate(request) {
  const session = await apiSession(request);
  try {
    const occupation = (await session.api('/lookups/occupations'))[0];
    const nationality = (await session.api('/lookups/nationalities'))[0];
    const arrivals = await session.api('/new-arrivals?size=100');
    for (const arrival of arrivals.content) {
      const quote = await post(session, '/iqama-issues/quote', {
        borderNumber: arrival.borderNumber, name: { ar: 'سالم أحمد', en: 'Salem Ahmed' }, mobile: '0512345678',
        occupationCode: occupation.code, nationalityCode: nationality.code, durationMonths: 12,
      });
      if (quote.eligible) return { border: arrival.borderNumber, occupation, nationality };
    }
  } finally {
    await session.close();
  }
  throw new Error('no new arrival can be issued an iqama now');
}

// A transfer asked of Al Nakheel through the API (Golden Sands' officer, with their own code).
export async function pendingTransfer(request) {
  const to = await establishmentNumber(request, 'nakheel.admin');
  const iqama = await transferCandidate(request, to);
  const session = await apiSession(request);
  try {
    await session.api('/auth/security-code', { method: 'POST', data: { operation: 'service-transfer' } });
    const { messages } = await session.api('/demo/outbox');
    const code = messages[0].text.match(/\d{6}/)[0];
    const asked = await session.api('/service-transfers', {
      method: 'POST', headers: { 'Idempotency-Key': `e2e-${Date.now()}` },
      data: { iqamaNumber: iqama, newEstablishmentNumber: to, securityCode: code },
    });
    return asked.requestNumber;
  } finally {
    await session.close();
  }
}
