// The visa inquiry and the public visa-validity check (issue 14), by role and label: a resident's
// visas found by iqama number and one visa by its number, each row opening the visa's page; and,
// with no session, a valid visa, a cancelled one, a wrong cross-check that reads exactly like an
// unknown number, and the portal's rate limit in words; axe-core on each new screen.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { apiSession } from './support/journey.js';
import { signedIn } from './support/services.js';

const WORDS = {
  ar: {
    inquiry: 'الاستعلام عن التأشيرات', byIqama: 'رقم الإقامة', byNumber: 'رقم التأشيرة', find: 'بحث', visas: 'التأشيرات',
    validity: 'الاستعلام عن صلاحية تأشيرة', passport: 'رقم الجواز', birth: 'تاريخ الميلاد', check: 'تحقق',
    valid: 'حالة التأشيرة: سارية', cancelled: 'حالة التأشيرة: ملغاة', noMatch: 'لا توجد تأشيرة تطابق البيانات المدخلة',
    tooMany: 'محاولات كثيرة للاستعلام', tryAgain: /حاول مرة أخرى بعد/, signInTitle: 'تسجيل الدخول',
  },
  en: {
    inquiry: 'Visa inquiry', byIqama: 'Iqama number', byNumber: 'Visa number', find: 'Search', visas: 'Visas',
    validity: 'Check a visa\'s validity', passport: 'Passport number', birth: 'Date of birth', check: 'Check',
    valid: 'Visa status: Valid', cancelled: 'Visa status: Cancelled', noMatch: 'No visa matches the details entered',
    tooMany: 'Too many checks', tryAgain: /Try again in \d+ (hours?|minutes?)/, signInTitle: 'Sign in',
  },
};

// Visas of the demo establishment as the portal has them, with their holders' files.
async function portalVisas(request) {
  const session = await apiSession(request);
  try {
    const open = (await session.api('/reports/visas?status=issued&size=1')).content[0];
    const cancelled = (await session.api('/reports/visas?status=cancelled&size=1')).content[0];
    const openFile = await session.api(`/residents/${open.iqamaNumber}`);
    const cancelledFile = await session.api(`/residents/${cancelled.iqamaNumber}`);
    const all = await session.api(`/visas?iqamaNumber=${open.iqamaNumber}&size=50`);
    return { open, cancelled, openFile, cancelledFile, allOfHolder: all, newest: all.content[0] };
  } finally {
    await session.close();
  }
}

for (const language of ['ar', 'en']) {
  test(`a visa found by iqama number and by its number, in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watchConsole(page);
    const w = WORDS[language];
    const { open, allOfHolder } = await portalVisas(page.request);
    await signedIn(page, language);
    await page.getByRole('link', { name: w.inquiry }).click();
    await expect(page).toHaveURL(/#\/visas$/);
    await expect(page.getByRole('heading', { level: 1, name: w.inquiry })).toBeVisible();
    if (language === 'ar') await noSeriousViolations(page, 'visa inquiry');

    await page.getByRole('radio', { name: w.byIqama }).check();
    await page.getByRole('textbox', { name: w.byIqama }).fill(open.iqamaNumber);
    await page.getByRole('button', { name: w.find, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/visas\\?iqama=${open.iqamaNumber}$`));
    const table = page.getByRole('table', { name: w.visas });
    await expect(table.getByRole('row')).toHaveCount(allOfHolder.content.length + 1);
    const row = table.getByRole('row').filter({ hasText: open.visaNumber });
    // Both calendars: the Hijri date in words beside the Gregorian one.
    await expect(row).toContainText(new RegExp(`${open.issuedOnHijri.slice(0, 4)} (هـ|AH)`));
    if (language === 'ar') await noSeriousViolations(page, 'visa inquiry results');
    await row.click();
    await expect(page).toHaveURL(new RegExp(`#/visas/${open.visaNumber}$`));

    await page.goto('/#/visas');
    await page.getByRole('radio', { name: w.byNumber }).check();
    await page.getByRole('textbox', { name: w.byNumber }).fill(open.visaNumber);
    await page.getByRole('button', { name: w.find, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/visas\\?number=${open.visaNumber}$`));
    await expect(page.getByRole('table', { name: w.visas }).getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('table', { name: w.visas }).getByRole('row').nth(1)).toContainText(open.visaNumber);
    expect(problems).toEqual([]);
  });
}

test('anyone checks a visa without signing in: valid, cancelled, a wrong cross-check, and too many checks', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  const { open, cancelled, openFile, cancelledFile, newest } = await portalVisas(page.request);
  const w = WORDS.ar;
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  // Linked from the sign-in page.
  await openApp(page, '/#/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: w.signInTitle })).toBeVisible();
  await page.getByRole('link', { name: w.validity }).click();
  await expect(page).toHaveURL(/#\/visa-validity$/);
  await expect(page.getByRole('heading', { level: 1, name: w.validity })).toBeVisible();
  await noSeriousViolations(page, 'visa validity');

  const check = async (number, passport) => {
    await page.getByRole('textbox', { name: w.byNumber }).fill(number);
    await page.getByRole('textbox', { name: w.passport }).fill(passport);
    await page.getByRole('button', { name: w.check, exact: true }).click();
  };
  await check(open.visaNumber, openFile.passport.number);
  await expect(page.getByRole('status').filter({ hasText: w.valid })).toBeAttached();
  await expect(page.getByText(open.visaNumber).first()).toBeAttached();
  await noSeriousViolations(page, 'visa validity: valid');

  await check(cancelled.visaNumber, cancelledFile.passport.number);
  await expect(page.getByRole('alert').filter({ hasText: w.cancelled })).toBeAttached();

  // A wrong passport number reads exactly like a number that does not exist.
  await check(open.visaNumber, 'X0000000');
  const wrong = await page.getByRole('alert').filter({ hasText: w.noMatch }).textContent();
  await check('6999999999', openFile.passport.number);
  await expect(page.getByRole('alert').filter({ hasText: w.noMatch })).toHaveText(wrong);

  // By iqama number and date of birth: the newest visa of that iqama.
  await page.getByRole('radio', { name: w.byIqama }).check();
  await page.getByRole('textbox', { name: w.byIqama }).fill(open.iqamaNumber);
  await page.getByRole('radio', { name: w.birth }).check();
  // A Hijri date of birth before the app's Umm al-Qura table is refused in words, and kept as typed.
  await page.getByRole('textbox', { name: w.birth }).fill('1405-03-10');
  await page.getByRole('button', { name: w.check, exact: true }).click();
  await expect(page.getByRole('textbox', { name: w.birth })).toHaveAccessibleDescription(/1420/);
  await expect(page.getByRole('textbox', { name: w.birth })).toHaveValue('1405-03-10');
  await page.getByRole('textbox', { name: w.birth }).fill(openFile.birthDate);
  await page.getByRole('button', { name: w.check, exact: true }).click();
  await expect(page.getByText(newest.visaNumber).first()).toBeAttached();
  await expect(page.getByText(/^حالة التأشيرة: /)).toBeAttached();

  // The portal allows a number ten checks a day: the eleventh is refused, in words, with when to retry.
  const spent = '6123456780';
  for (let i = 0; i < 10; i += 1)
    await page.request.post('/api/v1/public/visa-validity', { data: { visaNumber: spent, passportNumber: 'X0000000' } });
  await page.getByRole('radio', { name: w.byNumber }).check();
  await page.getByRole('radio', { name: w.passport }).check();
  await check(spent, 'X0000000');
  const refusal = page.getByRole('alert').filter({ hasText: w.tooMany });
  await expect(refusal).toContainText(w.tryAgain);
  await expect(refusal).not.toContainText('429');
  // The browser logs the portal's 404 and 429 answers; nothing else may go wrong.
  expect(problems.filter((problem) => !/status of (404|429)/.test(problem))).toEqual([]);
});
