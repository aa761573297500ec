// Where the app's pixels are drawn (shell/renderer.js): on a worker, so the page's own thread never
// waits on the GPU process; in the page where a worker cannot draw WebGL 2; nowhere, with the
// bilingual notice, where no WebGL 2 context can be made at all.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';
import { decode, inkBox } from './support/pixels.js';

// Counts the WebGL contexts and wasm compilations the page's own thread asks for (a worker's are its
// own).
async function countPageContexts(page) {
  await page.addInitScript(() => {
    window.pageContexts = 0;
    window.pageCompiles = 0;
    for (const name of ['compile', 'compileStreaming']) {
      const compile = WebAssembly[name];
      WebAssembly[name] = function (...rest) {
        window.pageCompiles += 1;
        return compile.apply(this, rest);
      };
    }
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      if (type === 'webgl2') window.pageContexts += 1;
      return original.call(this, type, ...rest);
    };
  });
}

// The renderer's file (the page runs it, and starts it again as its worker), where a worker finds no
// WebGL on its OffscreenCanvas.
async function noWebGLOnWorkers(page) {
  await page.route(/\/renderer\.[0-9a-f]{12}\.js$/, async (route) => {
    const response = await route.fetch();
    const refuse = "if (typeof WorkerGlobalScope !== 'undefined') OffscreenCanvas.prototype.getContext = () => null;";
    await route.fulfill({ response, body: `${refuse}\n${await response.text()}` });
  });
}

// The sign-in as drawn: the title and fields are ink on the white page, in the app's frame.
async function expectSignInDrawn(page) {
  await expect(page.getByRole('heading', { name: 'تسجيل الدخول' })).toBeVisible();
  const ink = inkBox(decode(await page.locator('#canvas').screenshot()));
  expect(ink.count).toBeGreaterThan(2000);
}

test('the app draws and compiles on a worker: the page itself makes no WebGL context, compiles no wasm', async ({ page }) => {
  const problems = watchConsole(page);
  await countPageContexts(page);
  await openApp(page, '/#/sign-in');
  await expectSignInDrawn(page);
  expect(await page.evaluate(() => window.pageContexts)).toBe(0);
  expect(await page.evaluate(() => window.pageCompiles)).toBe(0);
  expect(await page.evaluate(() => window.muqeem.drawing)).toBe('worker');
  // Typing redraws: the frames the worker drew are counted.
  const before = await page.evaluate(() => window.muqeem.frames);
  await page.getByLabel('اسم المستخدم').fill('officer1');
  await page.waitForFunction((count) => window.muqeem.frames > count, before);
  expect(problems).toEqual([]);
});

test('where a worker cannot draw WebGL 2, the page draws the app itself', async ({ page }) => {
  const problems = watchConsole(page);
  await countPageContexts(page);
  await noWebGLOnWorkers(page);
  await openApp(page, '/#/sign-in');
  await expectSignInDrawn(page);
  expect(await page.evaluate(() => window.pageContexts)).toBe(1);
  expect(await page.evaluate(() => window.muqeem.drawing)).toBe('page');
  expect(problems).toEqual([]);
});

test('a worker that does not start leaves the page to draw and compile the app', async ({ page }) => {
  await countPageContexts(page);
  // The page runs renderer.js, then starts it again as its worker, and as the rehearsal's worker
  // (rehearsal.spec.js): those requests fail.
  let asked = 0;
  await page.route(/\/renderer\.[0-9a-f]{12}\.js$/, (route) => {
    asked += 1;
    return asked === 1 ? route.continue() : route.fulfill({ status: 404, body: '' });
  });
  await openApp(page, '/#/sign-in');
  await expectSignInDrawn(page);
  expect(asked).toBe(3);
  expect(await page.evaluate(() => window.muqeem.drawing)).toBe('page');
  expect((await page.evaluate(() => window.muqeem.rehearsal)).failed).toBeTruthy();
  expect(await page.evaluate(() => window.pageContexts)).toBe(1);
  expect(await page.evaluate(() => window.pageCompiles)).toBeGreaterThan(0);
});

test('a browser without OffscreenCanvas draws and compiles the app in the page', async ({ page }) => {
  const problems = watchConsole(page);
  await page.addInitScript(() => { delete window.OffscreenCanvas; });
  await countPageContexts(page);
  await openApp(page, '/#/sign-in');
  await expectSignInDrawn(page);
  expect(await page.evaluate(() => window.pageContexts)).toBe(1);
  expect(await page.evaluate(() => window.pageCompiles)).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('without WebGL 2 anywhere the page says so in Arabic and English', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  await noWebGLOnWorkers(page);
  await page.goto('/');
  await expect(page.locator('#unsupported')).toBeVisible();
  await expect(page.locator('#unsupported-feature')).toHaveText('WebGL 2');
  await expect(page.getByRole('alert')).toContainText('لا يمكن تشغيل مقيم في هذا المتصفح');
  await expect(page.getByRole('alert')).toContainText('Muqeem cannot run in this browser');
  expect(await page.evaluate(() => window.muqeem.ready)).toBe(false);
});
