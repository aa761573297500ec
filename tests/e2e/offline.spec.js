// The offline shell (shell/offline.js, sw.js): a repeat visit starts from the files the service
// worker kept; with the network gone the app still opens and says the portal cannot be reached, in
// the page's language; a new build is offered ("a new version is ready") and taken only when the
// officer chooses. Nothing the worker keeps is an API answer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';

// Waits until the worker is active and keeping this build's files.
async function workerReady(page) {
  await expect.poll(() => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!(registration && registration.active && registration.active.state === 'activated');
  })).toBe(true);
}

const kept = (page) => page.evaluate(async () => {
  const urls = [];
  for (const name of await caches.keys())
    for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
  return urls;
});

for (const [language, words] of [
  ['ar', { unreachable: 'تعذّر الاتصال بالخادم', signIn: 'تسجيل الدخول' }],
  ['en', { unreachable: 'The server could not be reached', signIn: 'Sign in' }],
]) {
  test(`with the network cut, a second visit opens the app and says the portal cannot be reached (${language})`, async ({ page, context }) => {
    if (language === 'en') await page.addInitScript(() => localStorage.setItem('muqeem.language', 'en'));
    await openApp(page, '/#/sign-in');
    await workerReady(page);
    const files = await kept(page);
    expect(files).toContain('/index.html');
    expect(files.some((file) => /\/muqeem\.[0-9a-f]{12}\.wasm$/.test(file))).toBe(true);
    expect(files.filter((file) => file.startsWith('/api/')), 'no API answer is kept').toEqual([]);

    // A repeat visit online: the page's files come from the worker, not the network.
    const fromWorker = [];
    page.on('response', (response) => {
      if (/\.(wasm|js|css|ttf)$/.test(new URL(response.url()).pathname)) fromWorker.push(response.fromServiceWorker());
    });
    await page.reload();
    await page.waitForFunction(() => window.muqeem && window.muqeem.ready);
    expect(fromWorker.length).toBeGreaterThan(5);
    expect(fromWorker.every(Boolean)).toBe(true);
    // Chromium reads the files named by content from the worker's cache itself (static routing),
    // without waking the worker for each one.
    const sources = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((entry) => /\.[0-9a-f]{12}\.[a-z0-9]+$/.test(new URL(entry.name).pathname))
      .map((entry) => entry.workerFinalSourceType));
    expect(sources.length).toBeGreaterThan(5);
    expect([...new Set(sources)]).toEqual(['cache']);

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.muqeem && (window.muqeem.ready || window.muqeem.error));
    expect(await page.evaluate(() => window.muqeem.error)).toBeNull();
    await expect(page.getByRole('heading', { level: 1, name: words.signIn })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: words.unreachable })).toBeAttached();
    await context.setOffline(false);
  });
}

// A deploy: the same site, changed, served by a portal of its own (so this test's changes touch
// nobody else's files).
test('a new build is offered in the page and taken only when the officer reloads into it', async ({ page }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'muqeem-site-'));
  fs.cpSync('build/wasm/site', folder, { recursive: true });
  const port = Number(process.env.MUQEEM_TEST_PORT || 8765) + 2;
  const portal = spawn('build/native/src/portal/muqeem-portal',
    ['--port', String(port), '--site', folder, '--database', path.join(folder, 'test.db'), '--demo'],
    { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(`${base}/`).then((r) => r.status, () => 0)).toBe(200);
    await openApp(page, `${base}/#/sign-in`);
    await workerReady(page);
    // A returning officer: the page now comes from the worker, which holds the new one back.
    // (Chromium may still be storing the just-activated worker for the first reload.)
    await expect.poll(async () => {
      await page.reload();
      await page.waitForFunction(() => window.muqeem && window.muqeem.ready);
      return page.evaluate(() => !!navigator.serviceWorker.controller);
    }, { intervals: [500] }).toBe(true);
    await page.getByRole('textbox', { name: 'اسم المستخدم' }).fill('golden.admin');

    // The new build: another worker (its build's name changes) and a page that says it is new.
    for (const name of ['sw.js', 'index.html']) {
      for (const copy of ['.br', '.gz']) fs.rmSync(path.join(folder, name + copy), { force: true });
    }
    const worker = path.join(folder, 'sw.js');
    const served = fs.readFileSync(worker, 'utf8');  // minified: `const BUILD="…"`
    const renamed = served.replace(/(const BUILD\s*=\s*)(['"])[0-9a-f]+\2/, "$1'new'");
    expect(renamed, 'the worker names its build').not.toBe(served);
    fs.writeFileSync(worker, renamed);
    const index = path.join(folder, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head>\n  <meta name="muqeem-build" content="new">'));

    // The browser finds the new worker when a kiosk's page looks again (offline.js asks now and then).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.getByRole('status').filter({ hasText: 'يتوفر إصدار جديد من مقيم' });
    await expect(notice).toBeAttached();
    // Nothing changed under the officer: the same page, what they typed still there.
    expect(await page.locator('meta[name="muqeem-build"]').count()).toBe(0);
    await expect(page.getByRole('textbox', { name: 'اسم المستخدم' })).toHaveValue('golden.admin');

    await page.getByRole('button', { name: 'إعادة التحميل الآن' }).click();
    await expect(page.locator('meta[name="muqeem-build"]')).toHaveAttribute('content', 'new');
    await page.waitForFunction(() => window.muqeem && window.muqeem.ready);
    await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    portal.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
