// A colleague added by the primary user activates their account on #/activate (issue 15): the SMS's
// code and a new password whose rules say, while it is typed, which are met; then they sign in and are
// offered only the services granted to them. In Arabic, by role and label, with axe-core.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { apiSession, signIn } from './support/journey.js';
import { WORDS } from './support/services.js';

const t = WORDS.ar;
const NEW_USER = { idNumber: '1000000008', birthDate: '1990-05-14' };  // Khalid Al-Harbi, no account yet

const latestSms = async (request) => (await (await request.get('/api/v1/demo/outbox')).json()).messages[0].text;

test('a user added by the primary user activates the account, signs in and is offered only what was granted', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  const admin = await apiSession(page.request);
  try {
    await admin.api('/auth/security-code', { method: 'POST', data: { operation: 'user-add' } });
    const securityCode = (await latestSms(page.request)).match(/\d{6}/)[0];
    await admin.api('/users', {
      method: 'POST', headers: { 'Idempotency-Key': `e2e-activate-${Date.now()}` },
      data: { ...NEW_USER, email: 'khalid@golden-sands.sa', permissions: ['visas'], securityCode },
    });
  } finally {
    await admin.close();
  }
  const activation = (await latestSms(page.request)).match(/\d{6,8}/)[0];

  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/sign-in');
  await page.getByRole('link', { name: 'تفعيل حساب' }).click();
  await expect(page).toHaveURL(/#\/activate$/);
  await expect(page.getByRole('heading', { level: 1, name: 'تفعيل الحساب' })).toBeVisible();
  await page.getByLabel('اسم المستخدم').fill(NEW_USER.idNumber);
  await page.getByLabel('رمز التفعيل').fill(activation);
  // The rules follow what is typed, each said met or not in words.
  await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('short');
  await expect(page.getByText('غير مستوفى بعد: من 8 إلى 128 حرفًا')).toBeAttached();
  await expect(page.getByText('غير مستوفى بعد: رقم واحد على الأقل')).toBeAttached();
  await expect(page.getByText('مستوفى: حرف واحد على الأقل')).toBeAttached();
  await noSeriousViolations(page, 'activate');
  await page.getByRole('button', { name: 'تفعيل الحساب' }).click();
  await expect(page.getByRole('link', { name: 'كلمة المرور لا تستوفي الشروط أدناه' })).toBeAttached();  // the summary
  await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('Khalid2026pass');
  await expect(page.getByText('مستوفى: من 8 إلى 128 حرفًا')).toBeAttached();
  await expect(page.getByText('مستوفى: رقم واحد على الأقل')).toBeAttached();
  await page.getByRole('button', { name: 'تفعيل الحساب' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم تفعيل حسابك' })).toBeAttached();

  await page.getByRole('link', { name: t.signInTitle }).click();
  await signIn(page, t, { username: NEW_USER.idNumber, password: 'Khalid2026pass' });
  await expect(page.getByRole('heading', { level: 2, name: 'الخدمات' })).toBeVisible();
  // Granted visas only: the visa services, not the renewal.
  await expect(page.getByRole('link', { name: t.exitReentry })).toBeVisible();
  await expect(page.getByRole('link', { name: t.renewIqama })).toHaveCount(0);
  expect(problems).toEqual([]);
});
