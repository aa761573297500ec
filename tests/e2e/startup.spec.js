// Start-up as a user meets it: progress while downloading, and a clear bilingual message instead of
// a blank page when the browser cannot run the app or a download fails.
import { test, expect } from './support/test.js';

test('without WebAssembly the page says so in Arabic and English', async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto('/');
  const notice = page.locator('#unsupported');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('لا يمكن تشغيل مقيم في هذا المتصفح');
  await expect(notice).toContainText('Muqeem cannot run in this browser');
  await expect(page.locator('#unsupported-feature')).toHaveText('WebAssembly');
});

// Without WebGL 2: renderer.spec.js.

test('a download that fails offers to try again', async ({ page }) => {
  await page.route(/\/muqeem\.[0-9a-f]{12}\.wasm$/, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/');
  await expect(page.locator('#failed')).toBeVisible();
  await expect(page.getByRole('button', { name: /إعادة المحاولة/ })).toBeVisible();
  await expect(page.locator('#failed-reason')).toContainText('503');
});

test('a start-up file the app cannot read is reported, not a blank page', async ({ page }) => {
  // The download succeeds but the Arabic catalogue is not a catalogue: the C++ side refuses it.
  await page.route(/\/i18n\/ar\.[0-9a-f]{12}\.json$/, (route) => route.fulfill({ status: 200, body: '[1, 2, 3]' }));
  await page.goto('/');
  await expect(page.locator('#failed')).toBeVisible();
  await expect(page.locator('#failed-reason')).toContainText('catalogue');
  expect(await page.evaluate(() => window.muqeem.ready)).toBe(false);
});

test('while the app downloads, a labelled progress bar shows how far it got', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/muqeem\.[0-9a-f]{12}\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const progress = page.getByRole('progressbar', { name: /Loading/ });
  await expect(progress).toBeVisible();
  const before = Number(await progress.getAttribute('value'));
  expect(before).toBeLessThan(100); // the fonts may be in, the wasm is not
  release();
  await page.waitForFunction(() => window.muqeem.ready);
  await expect(page.locator('#loading')).toBeHidden();
  expect(Number(await page.locator('#loading-progress').getAttribute('value'))).toBe(100);
});
