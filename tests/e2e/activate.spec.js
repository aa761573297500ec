// Users (issue 15): the primary user adds a colleague on #/users (ID and date of birth checked against
// the national records, an e-mail, the permissions, the security code); the colleague activates the
// account on #/activate with the SMS's code and a new password whose rules say, while it is typed,
// which are met; then signs in and is offered only what was granted. A restricted user is not
// offered the users page. In Arabic, by role and label, with axe-core.
import { test, expect } from './support/test.js';
import { watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { signIn } from './support/journey.js';
import { WORDS, securityCode, signedIn } from './support/services.js';

const t = WORDS.ar;
const NEW_USER = { idNumber: '1000000008', birthDate: '1990-05-14' };  // Khalid Al-Harbi, no account yet

const latestSms = async (request) => (await (await request.get('/api/v1/demo/outbox')).json()).messages[0].text;

test('a user added by the primary user, given one more permission, activates the account, signs in and is offered only what was granted', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  await signedIn(page, 'ar');
  await page.getByRole('link', { name: 'المستخدمون' }).click();
  await expect(page).toHaveURL(/#\/users$/);
  const users = page.getByRole('table', { name: 'المستخدمون' });
  await expect(users.getByRole('row').filter({ hasText: 'golden.clerk' })).toBeAttached();
  await noSeriousViolations(page, 'users');
  await page.getByRole('link', { name: 'إضافة مستخدم' }).click();
  await expect(page).toHaveURL(/#\/services\/user-add$/);
  await securityCode(page, t);
  await page.getByLabel('رقم الهوية أو الإقامة').fill(NEW_USER.idNumber);
  await page.getByLabel('تاريخ الميلاد').fill(NEW_USER.birthDate);
  await page.getByLabel('البريد الإلكتروني').fill('khalid@golden-sands.sa');
  await page.getByRole('checkbox', { name: 'تأشيرات الخروج والعودة والخروج النهائي' }).check();
  await noSeriousViolations(page, 'add a user');
  await page.getByRole('button', { name: t.verifyData }).click();
  await expect(page.getByRole('heading', { name: 'بيانات المستخدم من السجل الوطني' })).toBeVisible();
  await expect(page.getByText('خالد الحربي').first()).toBeAttached();  // from the national records
  await page.getByRole('button', { name: 'إضافة المستخدم', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'تأكيد الإضافة' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تمت إضافة المستخدم' })).toBeAttached();
  await expect(page.getByText(/أُرسل رمز التفعيل/)).toBeAttached();
  const activation = (await latestSms(page.request)).match(/\d{6,8}/)[0];

  // Then the renewal too: from the colleague's row, their permissions ticked as they stand.
  await page.goto('/#/users');
  await page.getByRole('table', { name: 'المستخدمون' }).getByRole('row').filter({ hasText: NEW_USER.idNumber }).click();
  await expect(page).toHaveURL(new RegExp(`#/services/user-permissions\\?username=${NEW_USER.idNumber}$`));
  await securityCode(page, t);
  await expect(page.getByRole('checkbox', { name: 'تأشيرات الخروج والعودة والخروج النهائي' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'تجديد الإقامة' }).check();
  await noSeriousViolations(page, 'change permissions');
  await page.getByRole('button', { name: t.verifyData }).click();
  await page.getByRole('button', { name: 'حفظ الصلاحيات', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'تأكيد التغيير' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم تغيير الصلاحيات' })).toBeAttached();
  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();

  await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
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
  // Granted visas and the renewal only: those services, not a transfer.
  await expect(page.getByRole('link', { name: t.exitReentry })).toBeVisible();
  await expect(page.getByRole('link', { name: t.renewIqama })).toBeVisible();
  await expect(page.getByRole('link', { name: t.transfer })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a restricted user is not offered the users page', async ({ page }) => {
  await signedIn(page, 'ar', 'golden.clerk');
  await expect(page.getByRole('link', { name: 'المستخدمون' })).toHaveCount(0);
  await page.goto('/#/users');
  await expect(page.getByText('إدارة المستخدمين للمستخدم الرئيسي')).toBeVisible();
  await expect(page.getByRole('link', { name: 'إضافة مستخدم' })).toHaveCount(0);
});
