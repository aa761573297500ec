// Requesting a subscription (issue 15, public): from the sign-in's link, every field by its label,
// refusals said under their fields with nothing typed lost, the mobile shown back as 05X XXX XXXX,
// and the request number; in Arabic and in English, axe-core on the form.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { choose } from './support/services.js';

const WORDS = {
  ar: {
    link: 'طلب اشتراك منشأة', title: 'طلب اشتراك في مقيم', company: 'اسم المنشأة', applicant: 'اسم مقدم الطلب',
    city: 'مدينة المركز الرئيسي', riyadh: 'الرياض', mobile: 'رقم الجوال', email: 'البريد الإلكتروني',
    package: 'شاملة', submit: 'إرسال الطلب', done: 'تم استلام طلب الاشتراك', mobileInvalid: 'رقم الجوال غير صحيح',
    emailInvalid: /أدخل بريدًا إلكترونيًا صحيحًا/, number: 'رقم الطلب',
  },
  en: {
    link: 'Request a subscription', title: 'Request a Muqeem subscription', company: 'Establishment name',
    applicant: "Applicant's name", city: 'City of the main branch', riyadh: 'Riyadh', mobile: 'Mobile number',
    email: 'E-mail', package: 'Comprehensive', submit: 'Send the request', done: 'Your subscription request was received',
    mobileInvalid: 'The mobile number is not valid', emailInvalid: /Enter a valid e-mail address/, number: 'Request number',
  },
};

for (const language of ['ar', 'en']) {
  test(`a subscription is requested without signing in, in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ page }) => {
    const problems = watchConsole(page);
    const w = WORDS[language];
    await page.addInitScript((code) => localStorage.setItem('muqeem.language', code), language);
    await openApp(page, '/#/sign-in');
    await page.getByRole('link', { name: w.link }).click();
    await expect(page).toHaveURL(/#\/subscribe$/);
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    if (language === 'ar') await noSeriousViolations(page, 'subscribe');

    await page.getByLabel(w.company).fill('مؤسسة الاختبار للتجارة');
    await page.getByLabel(w.applicant).fill('سارة الحربي');
    await choose(page, w.city, w.riyadh);
    await page.getByLabel(w.mobile).fill('0512');
    await page.getByLabel(w.email).fill('not-an-address');
    await page.getByRole('radio', { name: w.package }).check();
    await page.getByRole('button', { name: w.submit }).click();
    // Refused before sending, each under its field, nothing typed lost.
    await expect(page.getByLabel(w.mobile)).toHaveAccessibleDescription(new RegExp(w.mobileInvalid));
    await expect(page.getByLabel(w.email)).toHaveAccessibleDescription(w.emailInvalid);
    await expect(page.getByLabel(w.company)).toHaveValue('مؤسسة الاختبار للتجارة');
    if (language === 'ar') await noSeriousViolations(page, 'subscribe with errors');

    await page.getByLabel(w.mobile).fill('+966512345678');
    await expect(page.getByLabel(w.mobile)).toHaveAccessibleDescription(/051 234 5678/);  // shown back
    await page.getByLabel(w.email).fill('sara@example.sa');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: w.done })).toBeAttached();
    await expect(page.getByText(new RegExp(`${w.number}: \\S+`)).first()).toBeAttached();
    expect(problems).toEqual([]);
  });
}
