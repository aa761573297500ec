// The services as issue 13's "done means" asks beyond a pointer on a desktop: an exit/re-entry visa
// with a keyboard only, from the dashboard to the printed result; a transfer accepted on a 768 px
// touch screen with taps, nothing wider than the screen.
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { captchaAnswer, latestCode } from './support/journey.js';
import { controlsFit, tabTo } from './support/keyboard.js';
import { WORDS, exitReentryCandidate, pendingTransfer, signedIn } from './support/services.js';

const t = WORDS.ar;

test('an exit/re-entry visa with a keyboard only, from the dashboard to the printed visa', async ({ page }) => {
  test.setTimeout(120_000);
  const iqama = await exitReentryCandidate(page.request);
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/');
  await tabTo(page, t.username);
  await page.keyboard.type('golden.admin');
  await tabTo(page, t.password);
  await page.keyboard.type('Muqeem@2026');
  await tabTo(page, t.captcha);
  await page.keyboard.type(await captchaAnswer(page));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t.code, { exact: true })).toBeFocused();
  await page.keyboard.type(await latestCode(page));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t.establishment })).toBeVisible();

  await tabTo(page, t.exitReentry);
  await page.keyboard.press('Enter');
  await tabTo(page, t.sendCode);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t.transactionCode)).toBeFocused();
  await page.keyboard.type(await latestCode(page));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t.iqama)).toBeFocused();
  await page.keyboard.type(iqama);
  await tabTo(page, t.single);  // the radio group: one Tab stop, Space chooses
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: t.single })).toBeChecked();
  await tabTo(page, t.days);
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');  // Enter in a field presses "verify data"
  await expect(page.getByRole('button', { name: t.exitSubmit, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('button', { name: t.exitConfirm })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: t.exitDone })).toBeAttached();
  await expect(page.getByRole('button', { name: t.print, exact: true })).toBeFocused();
  await page.evaluate(() => { window.print = () => { window.muqeem.printed = true; }; });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.muqeem.printed === true)).toBe(true);
  await expect(page.locator('#print')).toContainText(iqama);
});

test.describe('on a 768 px touch screen', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('a transfer accepted with taps; nothing is wider than the screen', async ({ page }) => {
    test.setTimeout(120_000);
    const request = await pendingTransfer(page.request);
    await signedIn(page, 'ar', 'nakheel.admin');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await page.getByRole('link', { name: t.transfers }).tap();
    await expect(page.getByText(request).first()).toBeAttached();
    await controlsFit(page, 768);
    await page.getByRole('link', { name: new RegExp(`${t.acceptFor}.*${request}`) }).tap();
    await page.getByRole('button', { name: t.sendCode }).tap();
    const code = page.getByLabel(t.transactionCode);
    await expect(code).toBeVisible();
    await code.fill(await latestCode(page));
    await page.getByRole('button', { name: t.next, exact: true }).tap();
    await page.getByRole('button', { name: t.verifyData }).tap();
    await expect(page.getByText(/2,000\.00 ريال/).first()).toBeAttached();
    await page.getByRole('button', { name: t.acceptSubmit, exact: true }).tap();
    await page.getByRole('dialog').getByRole('button', { name: t.acceptConfirm }).tap();
    await expect(page.getByRole('status').filter({ hasText: t.acceptDone })).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await controlsFit(page, 768);
  });
});
