// Kiosk mode in the browser (issue 17; typing on the on-screen keyboard is kiosk-keyboard.spec.js), with
// touch on a portrait kiosk screen, the settings served as kiosk.json: the start screen in both
// languages; a renewal begun in Arabic and left alone mid-form; the countdown dialog; the reset to the
// start screen, after which the resident's name and iqama number are found nowhere (the DOM, the
// semantic tree, web storage, IndexedDB, the wasm heap) and the session is over on the server; and
// "I am still here" keeping the session and the form. axe-core on the start screen and the dialog.
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { latestCode, signIn } from './support/journey.js';
import { resident } from './support/kiosk.js';

test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });

const T = {
  username: 'اسم المستخدم', password: 'كلمة المرور', captcha: 'الرمز الظاهر في الصورة',
  captchaImage: 'رمز التحقق المرئي', signIn: 'دخول', code: 'رمز التحقق', verify: 'تحقق',
};
// Long enough that a slow step under load is not taken for someone walking away.
const SETTINGS = { idleSeconds: 12, warningSeconds: 6, language: 'ar' };

// The kiosk's start screen, Arabic started, signed in, and the renewal's details holding the iqama.
async function midRenewal(page, iqama) {
  await page.route('**/kiosk.json', (route) => route.fulfill({ json: SETTINGS }));
  await openApp(page, '/');
  await expect(page.getByRole('button', { name: 'ابدأ بالعربية' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();
  await page.getByRole('button', { name: 'ابدأ بالعربية' }).tap();
  await expect(page.getByRole('button', { name: 'إنهاء وتسجيل الخروج' })).toBeVisible();
  await signIn(page, T);
  await page.goto(`/#/services/renew-iqama?iqama=${iqama}`);
  await page.getByRole('button', { name: 'أرسل رمز التحقق' }).tap();
  const code = page.getByLabel('رمز التحقق للمعاملة');
  await expect(code).toBeVisible();
  await code.fill(await latestCode(page));
  await page.getByRole('button', { name: 'متابعة', exact: true }).tap();
  await expect(page.getByLabel('رقم الإقامة')).toHaveValue(iqama);
  await page.getByRole('radio', { name: '12 شهرًا' }).tap();
}

// Every place the last person could still be found, as text to search.
async function traces(page) {
  return page.evaluate(async () => {
    const inputs = [...document.querySelectorAll('input')].map((input) => input.value).join(' ');
    let databases = [];
    try {
      databases = (await indexedDB.databases()).map((database) => database.name);
    } catch (error) {
      databases = [];
    }
    return {
      dom: `${document.body.innerText} ${document.body.textContent} ${inputs}`,
      semantics: JSON.stringify(window.muqeem.semantics),
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      databases: databases.join(' '),
    };
  });
}

// Where in the wasm's memory these UTF-8 bytes are, if anywhere.
async function inHeap(page, text) {
  return page.evaluate((bytes) => {
    const heap = window.Module.HEAPU8;
    for (let at = heap.indexOf(bytes[0]); at !== -1; at = heap.indexOf(bytes[0], at + 1)) {
      let match = true;
      for (let i = 1; i < bytes.length && match; ++i) match = heap[at + i] === bytes[i];
      if (match) return at;
    }
    return -1;
  }, [...Buffer.from(text, 'utf8')]);
}

// What surrounds a place in the heap, for a failure's message: the text around it and the allocator's
// word before the run of text it is in (a dlmalloc chunk's size and in-use bits).
async function around(page, at) {
  return page.evaluate((where) => {
    const heap = window.Module.HEAPU8;
    let start = where;
    while (start > 0 && heap[start - 1] !== 0) --start;
    const word = new DataView(heap.buffer).getUint32(start - 4, true);
    return `at ${where}, text from ${start} (word before: ${word}): ` +
      JSON.stringify(new TextDecoder().decode(heap.slice(Math.max(start, where - 120), where + 60)));
  }, at);
}

test('the start screen and the countdown dialog pass axe-core in both languages', async ({ page }) => {
  await page.route('**/kiosk.json', (route) => route.fulfill({ json: { ...SETTINGS, idleSeconds: 5 } }));
  await openApp(page, '/');
  await expect(page.getByRole('button', { name: 'ابدأ بالعربية' })).toBeVisible();
  await noSeriousViolations(page, 'kiosk start (Arabic)');
  await page.getByRole('button', { name: 'Start in English' }).tap();
  await expect(page.getByRole('button', { name: 'Finish and sign out' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(dialog).toBeAttached({ timeout: 20_000 });
  await expect(dialog.getByRole('alert')).toContainText(/cleared in \d+ seconds/);
  await noSeriousViolations(page, 'kiosk countdown (English)');
  await dialog.getByRole('button', { name: 'I am still here' }).tap();
  await page.getByRole('button', { name: 'Finish and sign out' }).tap();
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();
  await noSeriousViolations(page, 'kiosk start after a reset');
});

test('left alone mid-renewal, the kiosk resets and nothing of the resident is left anywhere', async ({ page }) => {
  test.setTimeout(120_000);
  const { iqama, name } = await resident(page.request);
  await midRenewal(page, iqama);
  await page.getByRole('button', { name: 'تحقق من البيانات' }).tap();
  await expect(page.getByText(name.ar).first()).toBeAttached();
  // Before the reset the resident is there to be found, and signed in: the checks below can see them.
  expect((await traces(page)).semantics).toContain(iqama);
  expect(await inHeap(page, iqama)).toBeGreaterThanOrEqual(0);
  expect((await page.request.get('/api/v1/auth/session')).status()).toBe(200);

  const dialog = page.getByRole('dialog', { name: 'هل ما زلت هنا؟' });
  await expect(dialog).toBeAttached({ timeout: 20_000 });
  await noSeriousViolations(page, 'kiosk countdown (Arabic)');
  await expect(page.getByRole('button', { name: 'ابدأ بالعربية' })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/#\/$/);
  // The page's part of the reset (storage, the clipboard, the stack) is done once this is counted.
  await expect.poll(() => page.evaluate(() => window.muqeem.kioskResets || 0)).toBe(1);
  const after = await traces(page);
  for (const text of [iqama, name.ar, name.en]) {
    expect(after.dom, `the page still shows ${text}`).not.toContain(text);
    expect(after.semantics, `the tree still holds ${text}`).not.toContain(text);
    expect(after.storage).not.toContain(text);
    expect(after.databases).not.toContain(text);
    const at = await inHeap(page, text);
    expect(at, `the wasm heap still holds ${text}${at >= 0 ? ` ${await around(page, at)}` : ''}`).toBe(-1);
  }
  // The session is over on the server, not only forgotten by the page.
  expect((await page.request.get('/api/v1/auth/session')).status()).toBe(204);  // "no session"
});

test('an answer that arrives after a reset leaves nothing of the resident in memory', async ({ page }) => {
  test.setTimeout(120_000);
  const { iqama, name } = await resident(page.request);
  await midRenewal(page, iqama);
  // The portal answers the verification with the resident's details; the answer is held on its way
  // until the visit has been finished, as on a slow network.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let answered;
  const fetched = new Promise((resolve) => { answered = resolve; });
  let delivered;
  const arrived = new Promise((resolve) => { delivered = resolve; });
  await page.route('**/api/v1/iqama-renewals/quote', async (route) => {
    const response = await route.fetch();
    expect(await response.text()).toContain(name.en);
    answered();
    await held;
    await route.fulfill({ response });
    delivered();
  });
  await page.getByRole('button', { name: 'تحقق من البيانات' }).tap();
  await fetched;
  await page.getByRole('button', { name: 'إنهاء وتسجيل الخروج' }).tap();
  await expect(page.getByRole('button', { name: 'ابدأ بالعربية' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.muqeem.kioskResets || 0)).toBe(1);
  release();
  await arrived;
  // The page has had the answer (and dropped it): a few frames later nothing of it is in memory.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('button', { name: 'ابدأ بالعربية' })).toBeVisible();
  for (const text of [name.ar, name.en]) {
    const at = await inHeap(page, text);
    expect(at, `the wasm heap holds ${text}${at >= 0 ? ` ${await around(page, at)}` : ''}`).toBe(-1);
  }
});

test('"I am still here" keeps the session and the form', async ({ page }) => {
  test.setTimeout(90_000);
  const { iqama } = await resident(page.request);
  await midRenewal(page, iqama);
  const dialog = page.getByRole('dialog', { name: 'هل ما زلت هنا؟' });
  await expect(dialog).toBeAttached({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'ما زلت هنا' }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('رقم الإقامة')).toHaveValue(iqama);
  await page.getByRole('button', { name: 'تحقق من البيانات' }).tap();
  await expect(page.getByRole('heading', { name: 'البيانات بعد التحقق' })).toBeVisible();
});
