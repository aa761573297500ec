// When things go wrong in the shared transaction flow, on the exit/re-entry visa and on accepting a
// transfer: the server unreachable, slow, failing (5xx), answering nonsense, the session ending
// mid-form, answers lost after the server acted. Each is said in the officer's language with "try
// again" and the support link, what they typed stays, and nothing is done or charged twice: the retry
// carries the same Idempotency-Key. Failures are made with Playwright's request interception.
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { apiSession, latestCode, signIn } from './support/journey.js';
import { WORDS, exitReentryCandidate, pendingTransfer, securityCode } from './support/services.js';

test.use({ contractCheck: false });  // answers are broken here on purpose

const t = WORDS.ar;
const failure = (page, text) => page.getByRole('alert').filter({ hasText: text });
const support = (page) => page.getByRole('link', { name: 'تواصل مع الدعم' });
const retry = (page) => page.getByRole('button', { name: 'إعادة المحاولة' });

async function balanceOf(request, username) {
  const session = await apiSession(request, username);
  try {
    return (await session.api('/establishment')).balanceHalalas;
  } finally {
    await session.close();
  }
}

async function visasOf(request, iqama) {
  const session = await apiSession(request);
  try {
    return (await session.api(`/visas?iqamaNumber=${iqama}&type=exit-reentry-single`)).totalElements;
  } finally {
    await session.close();
  }
}

// Signed in at the exit/re-entry visa's details, filled in for `iqama`: single, 30 days.
async function visaDetails(page, iqama) {
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/services/exit-reentry');
  await signIn(page, t);
  await securityCode(page, t);
  await page.getByLabel(t.iqama).fill(iqama);
  await page.getByRole('radio', { name: t.single }).check();
  await page.getByLabel(t.days).fill('30');
}

async function expectValuesKept(page, iqama) {
  await expect(page.getByLabel(t.iqama)).toHaveValue(iqama);
  await expect(page.getByLabel(t.days)).toHaveValue('30');
  await expect(page.getByRole('radio', { name: t.single })).toBeChecked();
}

test('exit/re-entry: unreachable, nonsense and 5xx at the quote are said apart; values kept; retry works',
  async ({ page }) => {
    const iqama = await exitReentryCandidate(page.request);
    await visaDetails(page, iqama);
    const quote = '**/api/v1/exit-reentry-visas/quote';
    await page.route(quote, (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: t.verifyData }).click();
    await expect(failure(page, 'تعذّر الاتصال بالخادم')).toBeAttached();
    await expect(support(page)).toBeAttached();
    await expectValuesKept(page, iqama);
    await page.unroute(quote);
    await page.route(quote, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"eligible": tr' }));
    await retry(page).click();
    await expect(failure(page, 'وصل رد غير مفهوم من الخادم')).toBeAttached();
    await page.unroute(quote);
    await page.route(quote, (route) => route.fulfill({
      status: 502, contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'https://muqeem.example/problems/unavailable', status: 502, title: { ar: 'متوقف', en: 'Down' } }),
    }));
    await retry(page).click();
    await expect(failure(page, 'حدث خطأ في الخادم')).toBeAttached();
    await expect(support(page)).toBeAttached();
    await expectValuesKept(page, iqama);
    await page.unroute(quote);
    await retry(page).click();
    await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
  });

// An exit/re-entry visa verified and ready to issue; the balance and the resident's visas before it.
async function verifiedVisa(page) {
  const iqama = await exitReentryCandidate(page.request);
  await visaDetails(page, iqama);
  await page.getByRole('button', { name: t.verifyData }).click();
  await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
  const before = await balanceOf(page.request);
  const visasBefore = await visasOf(page.request, iqama);  // earlier ones, used or cancelled, count too
  return { iqama, before, visasBefore };
}

test('exit/re-entry: a slow issue shows busy and "stop waiting"; the retry issues one visa, charged once',
  async ({ page }) => {
    const { iqama, before, visasBefore } = await verifiedVisa(page);
    await page.route('**/api/v1/exit-reentry-visas', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.continue().catch(() => {});
    }, { times: 1 });
    await page.getByRole('button', { name: t.exitSubmit, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.exitConfirm }).click();
    await expect(page.getByRole('button', { name: t.exitSubmit, exact: true })).toHaveAttribute('aria-busy', 'true');
    await page.getByRole('button', { name: 'إلغاء الانتظار' }).click();
    await expect(failure(page, 'أُلغي الطلب')).toBeAttached();
    await expect(support(page)).toBeAttached();
    // The slow request still reaches the server; the retry, with the same key, returns that visa.
    await page.waitForTimeout(4500);
    await retry(page).click();
    await expect(page.getByRole('status').filter({ hasText: t.exitDone })).toBeAttached();
    expect(await visasOf(page.request, iqama)).toBe(visasBefore + 1);
    expect(before - await balanceOf(page.request)).toBe(20000);  // SAR 200, once
  });

test('exit/re-entry: answers lost after the server issued the visa: the retry returns it, charged once',
  async ({ page }) => {
    const { iqama, before, visasBefore } = await verifiedVisa(page);
    await page.route('**/api/v1/exit-reentry-visas', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    }, { times: 2 });
    await page.getByRole('button', { name: t.exitSubmit, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.exitConfirm }).click();
    await expect(failure(page, 'تعذّر الاتصال بالخادم')).toBeAttached();
    await expect(support(page)).toBeAttached();
    await retry(page).click();
    await expect(page.getByRole('status').filter({ hasText: t.exitDone })).toBeAttached();
    expect(await visasOf(page.request, iqama)).toBe(visasBefore + 1);
    expect(before - await balanceOf(page.request)).toBe(20000);
  });

test('exit/re-entry: the session ending mid-form signs in again and carries on with the values intact',
  async ({ page }) => {
    const iqama = await exitReentryCandidate(page.request);
    await visaDetails(page, iqama);
    await page.route('**/api/v1/exit-reentry-visas/quote', (route) => route.fulfill({
      status: 401, contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'https://muqeem.example/problems/session-ended', status: 401, title: { ar: 'انتهت الجلسة', en: 'Session ended' } }),
    }), { times: 1 });
    await page.getByRole('button', { name: t.verifyData }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
    await signIn(page, t);
    await expect(page.getByRole('heading', { level: 1, name: t.exitReentry })).toBeVisible();
    await expectValuesKept(page, iqama);
    await page.getByRole('button', { name: t.verifyData }).click();
    await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
  });

test('accepting a transfer: down, 5xx and lost answers; values kept, support offered, one charge', async ({ page }) => {
  test.setTimeout(90_000);
  const request = await pendingTransfer(page.request);
  const e = WORDS.en;
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'en'));
  await openApp(page, `/#/services/transfer-accept?request=${request}`);
  await signIn(page, e, { username: 'nakheel.admin' });
  await securityCode(page, e);
  await expect(page.getByLabel('Request number')).toHaveValue(request);
  const look = `**/api/v1/service-transfers/${request}`;
  // A read is sent once more by the client when the connection fails: both attempts fail here.
  await page.route(look, (route) => route.abort('connectionrefused'), { times: 2 });
  await page.getByRole('button', { name: e.verifyData }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The server could not be reached' })).toBeAttached();
  await expect(page.getByRole('link', { name: 'Contact support' })).toBeAttached();
  await expect(page.getByLabel('Request number')).toHaveValue(request);
  await page.route(look, (route) => route.fulfill({ status: 500, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', status: 500, title: { ar: 'خطأ', en: 'Error' } }) }), { times: 1 });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong on the server' })).toBeAttached();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: e.verified })).toBeVisible();

  const before = await balanceOf(page.request, 'nakheel.admin');
  await page.route(`${look}/accept`, async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  }, { times: 2 });
  await page.getByRole('button', { name: e.acceptSubmit, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: e.acceptConfirm }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The server could not be reached' })).toBeAttached();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: e.acceptDone })).toBeAttached();
  expect(before - await balanceOf(page.request, 'nakheel.admin')).toBe(200000);  // SAR 2,000, once
});

test('accepting a transfer: a slow answer can be stopped waiting for; the session ending keeps the form',
  async ({ page }) => {
    test.setTimeout(90_000);
    const request = await pendingTransfer(page.request);
    await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
    await openApp(page, `/#/services/transfer-accept?request=${request}`);
    await signIn(page, t, { username: 'nakheel.admin' });
    await securityCode(page, t);
    const look = `**/api/v1/service-transfers/${request}`;
    await page.route(look, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.continue().catch(() => {});
    }, { times: 1 });
    await page.getByRole('button', { name: t.verifyData }).click();
    await page.getByRole('button', { name: 'إلغاء الانتظار' }).click();
    await expect(failure(page, 'أُلغي الطلب')).toBeAttached();
    await page.route(look, (route) => route.fulfill({
      status: 401, contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'https://muqeem.example/problems/session-ended', status: 401, title: { ar: 'انتهت الجلسة', en: 'Session ended' } }),
    }), { times: 1 });
    await retry(page).click();
    await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
    await signIn(page, t, { username: 'nakheel.admin' });
    await expect(page.getByLabel('رقم الطلب')).toHaveValue(request);
    await page.getByRole('button', { name: t.verifyData }).click();
    await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
  });
