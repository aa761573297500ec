// The static demo (build/wasm/demo-site) as a visitor meets it, served by a plain static file server
// with no portal behind it: the portal runs inside the page (router, SQLite, sign-in) and keeps its
// database in IndexedDB. A visitor sees the demo badge, signs in and renews an expiring iqama with
// only what the demo panel shows them, and finds the renewal still there after reloading the page.
// Nothing reaches /api/ over the network.
import { test, expect } from '@playwright/test';
import { openApp, watchConsole } from './support/app.js';
import { apiSession, balance, renewableIqama, signIn } from './support/journey.js';
import { exitReentryCandidate } from './support/services.js';

const AR = { badgeName: 'تجريبي: نسخة للتجربة تعمل في هذا المتصفح فقط', panel: 'لوحة النسخة التجريبية', english: 'English' };
const EN = {
  badgeName: 'Demo: a trial copy that runs in this browser only', panel: 'Demo panel',
  username: 'Username', password: 'Password', captcha: 'The code in the image', captchaImage: 'Visual verification code',
  signIn: 'Sign in', code: 'Verification code', verify: 'Verify', signInTitle: 'Sign in',
  establishment: 'Golden Sands Contracting Co.', renewService: 'Renew iqama', sendCode: 'Send the security code',
  transactionCode: 'Transaction security code', next: 'Continue', iqama: 'Iqama number', months12: '12 months',
  verifyData: 'Verify data', verified: 'Verified details', renew: 'Renew', confirm: 'Confirm renewal',
  done: 'The iqama was renewed',
};
// DOMAIN.md: an iqama costs SAR 650 a year; the resident is due, so there is no late fine.
const YEAR_FEE_HALALAS = 650_00;

// What the demo panel shows that matches `pattern`, once it shows it (it rereads the outbox after
// each answer from the portal, a moment after the screen that asked for the code).
function fromPanel(pattern) {
  return async (page) => {
    const panel = page.getByRole('complementary', { name: EN.panel });
    let found = null;
    await expect.poll(async () => {
      for (const text of await panel.locator('p').allTextContents()) {
        const match = text.match(pattern);
        if (match) {
          found = match[1];
          return true;
        }
      }
      return false;
    }).toBe(true);
    return found;
  };
}

// The portal in the page, through window.muqeem.demo.fetch, shaped like Playwright's APIRequestContext
// so journey.js's helpers (a session of the test's own, the balance, a renewable resident) work on it.
function inPagePortal(page) {
  return {
    fetch: async (path, options = {}) => {
      const answer = await page.evaluate(([target, request]) => window.muqeem.demo.fetch(target, request),
        [path, options]);
      return {
        ok: () => answer.status >= 200 && answer.status < 300,
        status: () => answer.status,
        json: async () => JSON.parse(answer.body),
      };
    },
  };
}

test('the static demo: a visitor signs in and renews an iqama with no server, and it is kept after a reload',
  async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    const overTheNetwork = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) overTheNetwork.push(request.url());
    });
    // First visit (in Arabic, the default): the demo database is seeded in the page; the badge and the panel say what this is.
    await openApp(page, '/#/');
    const firstStart = await page.evaluate(() => window.muqeem.demo);
    expect(firstStart.seeded).toBe(true);
    await expect(page.getByText(AR.badgeName)).toBeAttached();
    await expect(page.getByRole('complementary', { name: AR.panel })).toContainText('golden.admin');
    await page.getByRole('button', { name: AR.english }).click();
    await expect(page.getByText(EN.badgeName)).toBeAttached();
    const panel = page.getByRole('complementary', { name: EN.panel });
    await expect(panel).toContainText('Username golden.admin, password Muqeem@2026');

    // Sign in with the visual code's answer and the SMS code the panel shows.
    await signIn(page, EN, {
      readCaptcha: fromPanel(/Answer to the visual code: (\S+)/), readCode: fromPanel(/sign-in code: (\d{6})/),
    });
    await expect(page.getByRole('heading', { level: 1, name: EN.establishment })).toBeVisible();

    // An expiring iqama the establishment can renew for the fee alone, and the balance, from the portal.
    const portal = inPagePortal(page);
    const { iqama, quote } = await renewableIqama(portal);
    const balanceBefore = await balance(portal);

    // Renew it through the screens, with the transaction code from the panel.
    await page.getByRole('link', { name: EN.renewService }).click();
    await page.getByRole('button', { name: EN.sendCode }).click();
    await page.getByLabel(EN.transactionCode).fill(await fromPanel(/transaction code: (\d{6})/)(page));
    await page.getByRole('button', { name: EN.next, exact: true }).click();
    await page.getByLabel(EN.iqama).fill(iqama);
    await page.getByRole('radio', { name: EN.months12 }).check();
    await page.getByRole('button', { name: EN.verifyData }).click();
    await expect(page.getByRole('heading', { name: EN.verified })).toBeVisible();
    await expect(page.getByText(/Total: 650\.00 SAR/)).toBeAttached();
    await page.getByRole('button', { name: EN.renew, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: EN.confirm }).click();
    await expect(page.getByRole('status').filter({ hasText: EN.done })).toBeAttached();
    expect(await balance(portal)).toBe(balanceBefore - YEAR_FEE_HALALAS);

    // Reload (in English, remembered): the same database comes back from IndexedDB, not seeded again,
    // with the renewal in it.
    const reloadStarted = Date.now();
    await page.reload();
    await page.waitForFunction(() => window.muqeem && window.muqeem.ready);
    await expect(page.getByRole('heading', { level: 1, name: EN.signInTitle })).toBeVisible();
    await expect(page.getByRole('img', { name: EN.captchaImage })).toHaveAttribute('src', /^data:image\/svg/);
    const reloadMs = Date.now() - reloadStarted;
    const reloaded = await page.evaluate(() => window.muqeem.demo);
    expect(reloaded.seeded).toBe(false);
    expect(await balance(portal)).toBe(balanceBefore - YEAR_FEE_HALALAS);
    const session = await apiSession(portal);
    try {
      const again = await session.api('/iqama-renewals/quote', {
        method: 'POST', data: { iqamaNumber: iqama, durationMonths: 12 },
      });
      expect(again.iqamaExpiry).toBe(quote.newExpiry);
    } finally {
      await session.close();
    }

    expect(overTheNetwork).toEqual([]);
    expect(problems).toEqual([]);
    console.log(`static demo: first start ${Math.round(firstStart.startMs)} ms in the page (opening and seeding), ` +
      `reload to a usable sign-in ${reloadMs} ms (opening ${Math.round(reloaded.startMs)} ms)`);
  });

test('the static demo: a service other than the renewal, an exit/re-entry visa, issued with the panel\'s codes',
  async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await page.addInitScript(() => localStorage.setItem('muqeem.language', 'en'));
    await openApp(page, '/#/');
    await signIn(page, EN, {
      readCaptcha: fromPanel(/Answer to the visual code: (\S+)/), readCode: fromPanel(/sign-in code: (\d{6})/),
    });
    await expect(page.getByRole('heading', { level: 1, name: EN.establishment })).toBeVisible();
    const portal = inPagePortal(page);
    const iqama = await exitReentryCandidate(portal);
    const before = await balance(portal);
    await page.getByRole('link', { name: 'Exit/re-entry visa' }).click();
    await page.getByRole('button', { name: EN.sendCode }).click();
    await page.getByLabel(EN.transactionCode).fill(await fromPanel(/transaction code: (\d{6})/)(page));
    await page.getByRole('button', { name: EN.next, exact: true }).click();
    await page.getByLabel(EN.iqama).fill(iqama);
    await page.getByRole('radio', { name: 'Single' }).check();
    await page.getByLabel('Visa length in days').fill('30');
    await page.getByRole('button', { name: EN.verifyData }).click();
    await expect(page.getByRole('heading', { name: EN.verified })).toBeVisible();
    await page.getByRole('button', { name: 'Issue the visa', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm issue' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The exit/re-entry visa was issued' })).toBeAttached();
    expect(await balance(portal)).toBe(before - 200_00);  // SAR 200: a single visa of up to two months
    expect(problems).toEqual([]);
  });

test('a damaged database kept by the browser is replaced by a fresh demo, not a broken page', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page, '/#/');
  // What IndexedDB holds is no longer a database (storage damaged, or left by another build).
  await page.evaluate(() => new Promise((resolve, reject) => {
    window.Module.FS.writeFile('/demo/muqeem-demo.db', 'this is not an SQLite database');
    window.Module.FS.syncfs(false, (error) => (error ? reject(error) : resolve()));
  }));
  await page.reload();
  // SQLite's refusal is thrown inside the in-page portal and caught there: the demo seeds afresh.
  await page.waitForFunction(() => window.muqeem && (window.muqeem.ready || window.muqeem.error));
  expect(await page.evaluate(() => window.muqeem.error)).toBeNull();
  expect(await page.evaluate(() => window.muqeem.demo.seeded)).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
  expect(problems).toEqual([]);
});
