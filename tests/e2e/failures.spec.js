// When things go wrong during a renewal: the server unreachable, slow, failing (5xx), answering
// nonsense, the session ending, an answer lost after the server acted. Each is said in the person's
// language with a way to retry (and to contact support), what they typed stays, and a renewal is
// never made twice: the retry carries the same Idempotency-Key. Failures are made with Playwright's
// request interception, between the app and the real server.
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { balance, latestCode, renewableIqama, signIn } from './support/journey.js';

// These tests fake broken answers on purpose; the other specs check the real ones against the contract.
test.use({ contractCheck: false });

const T = {
  username: 'اسم المستخدم', password: 'كلمة المرور', captcha: 'الرمز الظاهر في الصورة',
  captchaImage: 'رمز التحقق المرئي', signIn: 'دخول', code: 'رمز التحقق', verify: 'تحقق',
};

// Signed in, on the renewal's details step with an iqama and 12 months filled in.
async function readyToVerify(page) {
  const { iqama } = await renewableIqama(page.request);
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/services/renew-iqama');
  await signIn(page, T);
  await page.getByRole('button', { name: 'أرسل رمز التحقق' }).click();
  const code = page.getByLabel('رمز التحقق للمعاملة');
  await expect(code).toBeVisible();
  await code.fill(await latestCode(page));
  await page.getByRole('button', { name: 'متابعة', exact: true }).click();
  await page.getByLabel('رقم الإقامة').fill(iqama);
  await page.getByRole('radio', { name: '12 شهرًا' }).check();
  return iqama;
}

const verifyData = (page) => page.getByRole('button', { name: 'تحقق من البيانات' }).click();
const failure = (page, text) => page.getByRole('alert').filter({ hasText: text });

test('server unreachable: said plainly, values kept, support offered, retry works', async ({ page }) => {
  const iqama = await readyToVerify(page);
  await page.route('**/api/v1/iqama-renewals/quote', (route) => route.abort('connectionrefused'));
  await verifyData(page);
  await expect(failure(page, 'تعذّر الاتصال بالخادم')).toBeAttached();
  await expect(page.getByLabel('رقم الإقامة')).toHaveValue(iqama);
  await expect(page.getByRole('link', { name: 'تواصل مع الدعم' })).toBeAttached();
  await page.unroute('**/api/v1/iqama-renewals/quote');
  await page.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(page.getByRole('heading', { name: 'البيانات بعد التحقق' })).toBeVisible();
});

test('slow server: a spinner after 300 ms and a way to stop waiting', async ({ page }) => {
  await readyToVerify(page);
  await page.route('**/api/v1/iqama-renewals/quote', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.continue().catch(() => {});
  });
  await verifyData(page);
  await expect(page.getByRole('button', { name: 'تحقق من البيانات' })).toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: 'إلغاء الانتظار' }).click();
  await expect(failure(page, 'أُلغي الطلب')).toBeAttached();
  await expect(page.getByRole('button', { name: 'تحقق من البيانات' })).not.toHaveAttribute('aria-busy', 'true');
});

test('malformed answer and server error are told apart', async ({ page }) => {
  await readyToVerify(page);
  await page.route('**/api/v1/iqama-renewals/quote', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"iqamaNumber": 12' }));
  await verifyData(page);
  await expect(failure(page, 'وصل رد غير مفهوم من الخادم')).toBeAttached();
  await page.unroute('**/api/v1/iqama-renewals/quote');
  await page.route('**/api/v1/iqama-renewals/quote', (route) => route.fulfill({
    status: 503, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'https://muqeem.example/problems/unavailable', status: 503, title: { ar: 'الخدمة متوقفة', en: 'Down' } }),
  }));
  await page.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(failure(page, 'حدث خطأ في الخادم')).toBeAttached();
});

test('a session ending mid-form: sign in again and carry on with the values intact', async ({ page }) => {
  const iqama = await readyToVerify(page);
  await page.route('**/api/v1/iqama-renewals/quote', (route) => route.fulfill({
    status: 401, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'https://muqeem.example/problems/session-ended', status: 401, title: { ar: 'انتهت الجلسة', en: 'Session ended' } }),
  }), { times: 1 });
  await verifyData(page);
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
  await signIn(page, T);
  await expect(page.getByRole('heading', { level: 1, name: 'تجديد الإقامة' })).toBeVisible();
  await expect(page.getByLabel('رقم الإقامة')).toHaveValue(iqama);
  await expect(page.getByRole('radio', { name: '12 شهرًا' })).toBeChecked();
});

test('answers lost after the server renewed: the retry returns that renewal, charged once', async ({ page }) => {
  await readyToVerify(page);
  await verifyData(page);
  await expect(page.getByRole('heading', { name: 'البيانات بعد التحقق' })).toBeVisible();
  const before = await balance(page.request);
  let reached = 0;
  await page.route('**/api/v1/iqama-renewals', async (route) => {
    reached += 1;
    await route.fetch();  // the server does the renewal…
    await route.abort('connectionreset');  // …and its answer never arrives
  }, { times: 2 });  // the client sends it once more by itself (same key); that answer is lost too
  await page.getByRole('button', { name: 'تجديد', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'تأكيد التجديد' }).click();
  await expect(failure(page, 'تعذّر الاتصال بالخادم')).toBeAttached();
  expect(reached).toBe(2);
  await page.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم تجديد الإقامة بنجاح' })).toBeAttached();
  expect(before - await balance(page.request)).toBe(65000);  // SAR 650, once
});
