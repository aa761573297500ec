// Registering as a user (issue 15, public): from the sign-in's link, the request's fields by their
// labels, refusals under their fields with nothing lost (an ID number whose check digit is wrong, a
// mobile that is not Saudi), then the SMS code and the visual code, and the request number; in Arabic
// and in English, with axe-core on both steps.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { captchaAnswer, latestCode } from './support/journey.js';
import { choose } from './support/services.js';

const WORDS = {
  ar: {
    link: 'التسجيل كمستخدم', title: 'التسجيل كمستخدم في مقيم', type: 'نوع الطلب', primary: 'تسجيل مستخدم رئيسي لمنشأة',
    establishment: 'نوع المنشأة', company: 'شركة', iqama: 'الإقامة', id: 'رقم الهوية أو الإقامة', birth: 'تاريخ الميلاد',
    mobile: 'رقم الجوال', next: 'متابعة', idInvalid: 'رقم الهوية غير صحيح', mobileInvalid: 'رقم الجوال غير صحيح',
    code: 'رمز التحقق', captcha: 'الرمز الظاهر في الصورة', confirm: 'تأكيد التسجيل', done: 'تم استلام طلب التسجيل',
  },
  en: {
    link: 'Register as a user', title: 'Register as a Muqeem user', type: 'Request type',
    primary: "Register an establishment's primary user", establishment: 'Establishment type', company: 'Company',
    iqama: 'Iqama', id: 'ID or iqama number', birth: 'Date of birth', mobile: 'Mobile number', next: 'Continue',
    idInvalid: 'The ID number is not valid', mobileInvalid: 'The mobile number is not valid', code: 'Verification code',
    captcha: 'The code in the image', confirm: 'Confirm the registration', done: 'Your registration was received',
  },
};
// People in the national records with no account (the demo's).
const PEOPLE = { ar: ['2500000019', '1985-11-02', '0502223344'], en: ['2512345675', '1988-07-09', '0504445566'] };

for (const language of ['ar', 'en']) {
  test(`a user registers in two steps without signing in, in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ page }) => {
    const problems = watchConsole(page);
    const w = WORDS[language];
    const [id, birth, mobile] = PEOPLE[language];
    await page.addInitScript((code) => localStorage.setItem('muqeem.language', code), language);
    await openApp(page, '/#/sign-in');
    await page.getByRole('link', { name: w.link }).click();
    await expect(page).toHaveURL(/#\/register$/);
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();

    await choose(page, w.type, w.primary);
    await choose(page, w.establishment, w.company);
    await page.getByRole('radio', { name: w.iqama, exact: true }).check();
    await page.getByLabel(w.id).fill(`${id.slice(0, 9)}${(Number(id[9]) + 1) % 10}`);  // the check digit wrong
    await page.getByLabel(w.birth).fill(birth);
    await page.getByLabel(w.mobile).fill('12345');
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page.getByLabel(w.id)).toHaveAccessibleDescription(new RegExp(w.idInvalid));
    await expect(page.getByLabel(w.mobile)).toHaveAccessibleDescription(new RegExp(w.mobileInvalid));
    await expect(page.getByLabel(w.birth)).toHaveValue(birth);  // nothing lost
    if (language === 'ar') await noSeriousViolations(page, 'register');

    await page.getByLabel(w.id).fill(id);
    await page.getByLabel(w.mobile).fill(mobile);
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page.getByLabel(w.code, { exact: true })).toBeVisible();
    await page.getByLabel(w.code, { exact: true }).fill(await latestCode(page));
    await expect.poll(async () => (await page.getByRole('img').getAttribute('src')) || '').toMatch(/^data:image\/svg/);
    await page.getByLabel(w.captcha).fill(await captchaAnswer(page));
    if (language === 'ar') await noSeriousViolations(page, 'register: the codes');
    await page.getByRole('button', { name: w.confirm }).click();
    await expect(page.getByRole('status').filter({ hasText: w.done })).toBeAttached();
    expect(problems).toEqual([]);
  });
}
