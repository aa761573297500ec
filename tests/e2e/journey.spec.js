// The first complete journey, as the seed walks it, in Arabic and again in English, against the
// reference server with a fresh demo database: sign in (captcha and SMS code from the demo outbox),
// the dashboard, the residents list, renewing an expiring iqama step by step, and printing the
// result (rendered to PDF and checked for the request number). Controls are found by role, label and
// visible text only; axe-core checks each screen.
import { test, expect } from './support/test.js';
import { noSeriousViolations } from './support/axe.js';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { openApp, watchConsole } from './support/app.js';
import { latestCode, renewableIqama, signIn } from './support/journey.js';

const LANGUAGES = {
  ar: {
    username: 'اسم المستخدم', password: 'كلمة المرور', captcha: 'الرمز الظاهر في الصورة',
    captchaImage: 'رمز التحقق المرئي', signIn: 'دخول', code: 'رمز التحقق', verify: 'تحقق',
    establishment: 'شركة الرمال الذهبية للمقاولات', expiring30: /تنتهي خلال 30 يومًا/, residents: 'المقيمون',
    renewService: 'تجديد الإقامة', sendCode: 'أرسل رمز التحقق', transactionCode: 'رمز التحقق للمعاملة',
    next: 'متابعة', iqama: 'رقم الإقامة', months12: '12 شهرًا', verifyData: 'تحقق من البيانات',
    verified: 'البيانات بعد التحقق', total: /الإجمالي: 650\.00 ريال/, renew: 'تجديد', confirm: 'تأكيد التجديد',
    done: 'تم تجديد الإقامة بنجاح', requestNumber: /رقم الطلب/, print: 'طباعة', signOut: 'تسجيل الخروج',
    signInTitle: 'تسجيل الدخول',
  },
  en: {
    username: 'Username', password: 'Password', captcha: 'The code in the image',
    captchaImage: 'Visual verification code', signIn: 'Sign in', code: 'Verification code', verify: 'Verify',
    establishment: 'Golden Sands Contracting Co.', expiring30: /Expire within 30 days/, residents: 'Residents',
    renewService: 'Renew iqama', sendCode: 'Send the security code', transactionCode: 'Transaction security code',
    next: 'Continue', iqama: 'Iqama number', months12: '12 months', verifyData: 'Verify data',
    verified: 'Verified details', total: /Total: 650\.00 SAR/, renew: 'Renew', confirm: 'Confirm renewal',
    done: 'The iqama was renewed', requestNumber: /Request number/, print: 'Print', signOut: 'Sign out',
    signInTitle: 'Sign in',
  },
};

for (const [language, t] of Object.entries(LANGUAGES)) {
  test(`sign in, find residents, renew an iqama and print the result, in ${language === 'ar' ? 'Arabic' : 'English'}`,
    async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const problems = watchConsole(page);
      const { iqama } = await renewableIqama(page.request);
      await page.addInitScript((code) => localStorage.setItem('muqeem.language', code), language);

      // 1. Sign in.
      await openApp(page, '/#/');
      await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
      await noSeriousViolations(page, 'sign-in');
      await signIn(page, t);

      // 2. The dashboard: the establishment and its counts, each a link to the list.
      await expect(page.getByRole('heading', { level: 1, name: t.establishment })).toBeVisible();
      await noSeriousViolations(page, 'dashboard');
      await page.getByRole('link', { name: t.expiring30 }).click();
      await expect(page).toHaveURL(/#\/residents\?status=valid&expiring=30/);

      // 3. The residents list, paged from the server.
      await expect(page.getByRole('table', { name: t.residents })).toBeVisible();
      await expect(page.getByRole('row').nth(1)).toBeAttached();
      await noSeriousViolations(page, 'residents');
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: t.establishment })).toBeVisible();

      // 4. Renew: transaction code → details → verified details → confirm → result.
      await page.getByRole('link', { name: t.renewService }).click();
      await expect(page).toHaveURL(/#\/services\/renew-iqama/);
      await page.getByRole('button', { name: t.sendCode }).click();
      const code = page.getByLabel(t.transactionCode);
      await expect(code).toBeVisible();
      await noSeriousViolations(page, 'renewal: security code');
      await code.fill(await latestCode(page));
      await page.getByRole('button', { name: t.next, exact: true }).click();
      await page.getByLabel(t.iqama).fill(iqama);
      await page.getByRole('radio', { name: t.months12 }).check();
      await noSeriousViolations(page, 'renewal: details');
      await page.getByRole('button', { name: t.verifyData }).click();
      await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
      await expect(page.getByText(t.total)).toBeAttached();
      await noSeriousViolations(page, 'verify');
      await page.getByRole('button', { name: t.renew, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeAttached();
      await dialog.getByRole('button', { name: t.confirm }).click();
      await expect(page.getByRole('status').filter({ hasText: t.done })).toBeAttached();
      const numberLine = await page.getByText(t.requestNumber).first().textContent();
      const requestNumber = numberLine.match(/\d{6,}/)[0];
      await expect(page.getByText(iqama).first()).toBeAttached();
      await noSeriousViolations(page, 'result');

      // 5. Print: the sheet is built and printed; as a PDF it carries the request number.
      await page.evaluate(() => { window.print = () => { window.muqeem.printed = true; }; });
      await page.getByRole('button', { name: t.print, exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.muqeem.printed === true)).toBe(true);
      // The sheet carries the establishment, the request number and a QR code for verification.
      await expect(page.locator('#print svg path')).toBeAttached();
      await expect(page.locator('#print')).toContainText(t.establishment);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      const file = testInfo.outputPath(`renewal-${language}.pdf`);
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(text).toContain(requestNumber);
      expect(text).toContain(iqama);
      expect(text).toMatch(/[0-9A-HJKMNP-TV-Z]{16}/);  // the verification code printed under the QR
      await page.emulateMedia({ media: 'screen' });

      // 6. Sign out: back to the sign-in, nothing kept.
      await page.getByRole('button', { name: t.signOut }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
      await expect(page.getByLabel(t.username)).toHaveValue('');
      expect(problems).toEqual([]);
    });
}

test('a deep link opened before signing in lands where it pointed', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/residents?status=valid&expiring=60');
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
  await signIn(page, LANGUAGES.ar);
  await expect(page.getByRole('heading', { level: 1, name: 'المقيمون' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'تنتهي خلال 60 يومًا' })).toBeChecked();
});

test('a row of the residents list opens the file; its tabs and the code step pass axe-core', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/residents');
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
  await page.getByLabel('اسم المستخدم').fill('golden.admin');
  await page.getByLabel('كلمة المرور', { exact: true }).fill('Muqeem@2026');
  await page.getByLabel('الرمز الظاهر في الصورة').fill((await (await page.request.get('/api/v1/demo/outbox')).json()).captchas[0].answer);
  await page.getByRole('button', { name: 'دخول', exact: true }).click();
  await expect(page.getByLabel('رمز التحقق', { exact: true })).toBeFocused();
  await noSeriousViolations(page, 'sign-in code');
  await page.getByLabel('رمز التحقق', { exact: true }).fill(await latestCode(page));
  await page.getByRole('button', { name: 'تحقق', exact: true }).click();
  const firstRow = page.getByRole('row').nth(1);
  await expect(firstRow).toBeVisible();
  const name = (await firstRow.getByRole('cell').first().textContent()).trim();
  await firstRow.click();
  await expect(page).toHaveURL(/#\/residents\/2\d{9}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await noSeriousViolations(page, 'resident file');
  await page.getByRole('tab', { name: 'التأشيرات' }).click();
  await expect(page.getByRole('tabpanel', { name: 'التأشيرات' })).toBeAttached();
  await noSeriousViolations(page, 'resident file, visas');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'المقيمون' })).toBeVisible();
});
