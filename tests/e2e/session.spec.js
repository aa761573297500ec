// A session that survives a reload and a second tab, safely: the session is an HttpOnly cookie the
// page cannot read; a reload or a new tab opens where its address points, signed in; signing out in
// one tab signs out the others; and a page on another origin cannot make the portal do anything.
import http from 'node:http';
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { WORDS, anyResident, signedIn } from './support/services.js';
import { apiSession, balance, outbox } from './support/journey.js';

const t = WORDS.en;
const dashboard = (page) => page.getByRole('heading', { level: 2, name: 'Services' });
const signInPage = (page) => page.getByRole('heading', { level: 1, name: t.signInTitle });

test('a reload on the dashboard and on a resident\'s file stays signed in, where the address points', async ({ page }) => {
  const iqama = await anyResident(page.request);
  await signedIn(page, 'en');
  await page.reload();
  await expect(dashboard(page)).toBeVisible();
  await page.goto(`/#/residents/${iqama}`);
  const fileShown = page.getByRole('tab', { name: t.fileTabs[0] });  // the file's tabs: it is in
  await expect(fileShown).toBeVisible();
  const resident = await page.getByRole('heading', { level: 1 }).textContent();  // the resident's name
  await page.reload();
  await expect(fileShown).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: resident })).toBeVisible();
  await expect(signInPage(page)).toHaveCount(0);
  // A form reloaded keeps the session, not the form: its first step, with the iqama from the address.
  await page.goto(`/#/services/renew-iqama?iqama=${iqama}`);
  await expect(page.getByRole('button', { name: t.sendCode })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: t.sendCode })).toBeVisible();
});

test('a second tab opens a file signed in, and signing out in one returns the other to the sign-in', async ({ page, context }) => {
  const iqama = await anyResident(page.request);
  await signedIn(page, 'en');
  const second = await context.newPage();
  await second.addInitScript(() => localStorage.setItem('muqeem.language', 'en'));
  await openApp(second, `/#/residents/${iqama}`);
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(second.getByRole('tab', { name: t.fileTabs[0] })).toBeVisible();
  await expect(signInPage(second)).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(signInPage(page)).toBeVisible();
  await expect(signInPage(second)).toBeVisible({ timeout: 1000 });
  // And the server agrees: a reload of either is signed out.
  await second.reload();
  await expect(signInPage(second)).toBeVisible();
});

test('the session is a cookie the page cannot read, kept in no web storage', async ({ page, context }) => {
  await signedIn(page, 'en');
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === 'muqeem-session');
  expect(session, 'the session cookie').toBeTruthy();
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Strict');
  expect(session.expires).toBe(-1);  // it ends with the browser
  const seen = await page.evaluate(async () => ({
    cookie: document.cookie,
    stored: [...Object.values(localStorage), ...Object.values(sessionStorage)].join(' '),
    databases: await indexedDB.databases(),
  }));
  expect(seen.cookie).not.toContain('muqeem-session');
  expect(seen.cookie).not.toContain(session.value);
  expect(seen.stored).not.toContain(session.value);
  // Nor a database of any kind (Emscripten's fetch would open one for a cache the app never uses).
  expect(seen.databases).toEqual([]);
});

test('a page on another origin posting to the portal is refused and changes nothing', async ({ page, context, baseURL }) => {
  await signedIn(page, 'en');
  const balanceBefore = await balance(page.request);
  const iqama = await anyResident(page.request);
  const codesBefore = (await outbox(page)).messages.length;  // these two signed in, each with an SMS
  // Another local server, another port: same site (the cookie goes along), another origin.
  const portal = new URL(baseURL).origin;
  const attacker = http.createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>elsewhere</title>
      <form id="f" method="post" action="${portal}/api/v1/auth/security-code" enctype="text/plain">
        <input name='{"operation":"iqama-renewal","x":"' value='"}'></form>
      <script>
        window.done = Promise.all([
          fetch('${portal}/api/v1/auth/security-code', { method: 'POST', mode: 'no-cors', credentials: 'include',
            headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ operation: 'iqama-renewal' }) }),
          fetch('${portal}/api/v1/iqama-renewals', { method: 'POST', mode: 'no-cors', credentials: 'include',
            headers: { 'Content-Type': 'text/plain' },
            body: JSON.stringify({ iqamaNumber: '${iqama}', durationMonths: 12, securityCode: '000000' }) }),
        ].map((sent) => sent.catch(() => 'blocked'))).then(() => 'sent');
      </script>`);
  });
  await new Promise((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  // What became of each request to the portal: its status, or why the browser withheld the answer.
  const outcomes = [];
  try {
    const other = await context.newPage();
    other.on('response', (response) => { if (response.url().startsWith(`${portal}/api/`)) outcomes.push(response.status()); });
    other.on('requestfailed', (request) => outcomes.push(request.failure().errorText));
    await other.goto(`http://127.0.0.1:${attacker.address().port}/`);
    expect(await other.evaluate(() => window.done)).toBe('sent');
    await Promise.all([other.waitForNavigation(), other.evaluate(() => document.getElementById('f').submit())]);
    // The form's post reached the portal, cookie and all, and was refused. The fetches reached it too
    // (an answer came), and the browser withheld the answer from the other origin as the portal's
    // Cross-Origin-Resource-Policy says.
    expect(outcomes.filter((outcome) => outcome === 403)).toHaveLength(1);
    expect(outcomes.filter((outcome) => String(outcome).includes('ERR_BLOCKED_BY_RESPONSE'))).toHaveLength(2);
  } finally {
    attacker.close();
  }
  expect((await outbox(page)).messages.length).toBe(codesBefore);  // no security code was sent
  expect(await balance(page.request)).toBe(balanceBefore);        // nothing renewed, nothing charged
  // The portal's own page is still signed in and works.
  await page.goto('/#/residents');
  await expect(page.getByRole('heading', { level: 1, name: 'Residents' })).toBeVisible();
});
