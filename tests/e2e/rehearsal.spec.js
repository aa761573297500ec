// The rehearsal of the start (src/platform/rehearsal.cpp, shell/renderer.js): in Chromium, the app's
// functions are compiled on a worker before the app starts, not on the page's thread in its first
// tasks (where each one held the page: typing in the early form, Lighthouse's blocking time). An
// engine without the rehearsal, or a rehearsal that fails, starts the app as before.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';

// Opens the app while tracing V8's wasm compilation; answers how many functions the page's own
// thread compiled at their first call, from the navigation to the app's first frame.
async function compiledOnThePage(browser, page, path) {
  await browser.startTracing(page, { categories: ['v8.wasm', 'devtools.timeline'] });
  await openApp(page, path);
  const events = JSON.parse(await browser.stopTracing()).traceEvents;
  const pageThread = events.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain' &&
    events.some((other) => other.pid === event.pid && other.tid === event.tid && other.name === 'wasm.CompileLazy'));
  if (!pageThread) return 0;
  return events.filter((event) => event.name === 'wasm.CompileLazy' && event.pid === pageThread.pid &&
    event.tid === pageThread.tid).length;
}

// A browser whose engine is not V8, as far as the page can tell.
const anotherEngine = () => { delete Intl.v8BreakIterator; };

test('the app\'s start is rehearsed on a worker, and the page\'s thread compiles a fraction of what it did', async ({ browser }) => {
  const rehearsed = await browser.newPage();
  const problems = watchConsole(rehearsed);
  const withRehearsal = await compiledOnThePage(browser, rehearsed, '/#/sign-in');
  const outcome = await rehearsed.evaluate(() => window.muqeem.rehearsal);
  expect(outcome.failed).toBeUndefined();
  expect(outcome.ms).toBeGreaterThan(0);
  await expect(rehearsed.getByRole('button', { name: 'دخول', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
  await rehearsed.close();

  const plain = await browser.newPage();
  await plain.addInitScript(anotherEngine);
  const without = await compiledOnThePage(browser, plain, '/#/sign-in');
  expect(await plain.evaluate(() => window.muqeem.rehearsal)).toBeNull();
  await plain.close();

  // About 1,600 functions without it; a few hundred are left to the page (its own wiring, input).
  expect(without).toBeGreaterThan(1000);
  expect(withRehearsal).toBeLessThan(without / 3);
});

test('in an engine that compiles ahead there is no rehearsal, and the app starts and signs in as before', async ({ page }) => {
  await page.addInitScript(anotherEngine);
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'en'));
  await openApp(page, '/#/sign-in');
  expect(await page.evaluate(() => window.muqeem.rehearsal)).toBeNull();
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a rehearsal that cannot run is given up, and the app starts all the same', async ({ page }) => {
  // A manifest naming an export the module does not have (as a stale or hand-edited one might).
  await page.route(/\/manifest\.json$/, async (route) => {
    const manifest = await (await route.fetch()).json();
    manifest.rehearsal.run = 'not-an-export';
    await route.fulfill({ json: manifest });
  });
  const problems = watchConsole(page);
  await openApp(page, '/#/sign-in');
  expect((await page.evaluate(() => window.muqeem.rehearsal)).failed).toBeTruthy();
  await expect(page.getByRole('button', { name: 'دخول', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a rehearsal that does not answer is waited for a moment at most, and the app starts without it', async ({ page }) => {
  // The page runs renderer.js, starts it as the renderer's worker, then as the rehearsal's: that
  // third one is a worker that takes the rehearsal and never answers.
  let asked = 0;
  await page.route(/\/renderer\.[0-9a-f]{12}\.js$/, (route) => {
    asked += 1;
    if (asked < 3) return route.continue();
    return route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' });
  });
  const problems = watchConsole(page);
  await openApp(page, '/#/sign-in');
  const outcome = await page.evaluate(() => window.muqeem.rehearsal);
  expect(asked).toBe(3);
  expect(outcome.failed).toBe('too long');
  // Given up after its patience (1.5 s), not much later.
  expect(outcome.waitedMs).toBeGreaterThanOrEqual(1500);
  expect(outcome.waitedMs).toBeLessThan(4000);
  await expect(page.getByRole('button', { name: 'دخول', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
