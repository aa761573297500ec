// A browser that cannot run the app gets a clear message in both languages instead of a blank page.
import { test, expect } from '@playwright/test';

test('without WebAssembly the page says so in Arabic and English', async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto('/');
  const notice = page.locator('#unsupported');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('لا يمكن تشغيل مقيم في هذا المتصفح');
  await expect(notice).toContainText('Muqeem cannot run in this browser');
  await expect(page.locator('#unsupported-feature')).toHaveText('WebAssembly');
});

test('without WebGL 2 the page says so in Arabic and English', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  await page.goto('/');
  await expect(page.locator('#unsupported')).toBeVisible();
  await expect(page.locator('#unsupported-feature')).toHaveText('WebGL 2');
  await expect(page.getByRole('alert')).toContainText('WebGL 2');
});

test('a download that fails offers to try again', async ({ page }) => {
  await page.route('**/muqeem.wasm', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/');
  await expect(page.locator('#failed')).toBeVisible();
  await expect(page.getByRole('button', { name: /إعادة المحاولة/ })).toBeVisible();
  await expect(page.locator('#failed-reason')).toContainText('503');
});
