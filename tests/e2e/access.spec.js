// The journey as the "done means" of issue 6 asks: with a keyboard only (Tab, Shift+Tab, arrows,
// Enter, Space; no pointer at all), and on a 768 px wide touch screen (taps, no hover, nothing wider
// than the screen).
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { captchaAnswer, latestCode, renewableIqama } from './support/journey.js';
import { controlsFit, tabTo } from './support/keyboard.js';

test('the whole renewal with a keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const { iqama } = await renewableIqama(page.request);
  await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
  await openApp(page, '/#/');
  await tabTo(page, 'اسم المستخدم');
  await page.keyboard.type('golden.admin');
  await tabTo(page, 'كلمة المرور');
  await page.keyboard.type('Muqeem@2026');
  await tabTo(page, 'الرمز الظاهر في الصورة');
  await page.keyboard.type(await captchaAnswer(page));
  await page.keyboard.press('Enter');  // Enter in a field submits the form
  await expect(page.getByLabel('رمز التحقق', { exact: true })).toBeFocused();  // the next step takes focus
  await page.keyboard.type(await latestCode(page));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'شركة الرمال الذهبية للمقاولات' })).toBeVisible();

  await tabTo(page, 'تجديد الإقامة');
  await page.keyboard.press('Enter');
  await tabTo(page, 'أرسل رمز التحقق');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('رمز التحقق للمعاملة')).toBeFocused();
  await page.keyboard.type(await latestCode(page));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('رقم الإقامة')).toBeFocused();
  await page.keyboard.type(iqama);
  await tabTo(page, '3 أشهر');  // the radio group: one Tab stop, arrows choose
  for (let i = 0; i < 3; ++i) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '12 شهرًا' })).toBeChecked();
  await tabTo(page, 'تحقق من البيانات');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'تجديد', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'تأكيد التجديد' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'تم تجديد الإقامة بنجاح' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'طباعة', exact: true })).toBeFocused();
  await page.evaluate(() => { window.print = () => { window.muqeem.printed = true; }; });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.muqeem.printed === true)).toBe(true);
});

test.describe('on a 768 px touch screen', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('sign in and renew with taps; nothing is wider than the screen', async ({ page }) => {
    test.setTimeout(120_000);
    const { iqama } = await renewableIqama(page.request);
    await page.addInitScript(() => localStorage.setItem('muqeem.language', 'ar'));
    await openApp(page, '/#/');
    await page.getByLabel('اسم المستخدم').tap();
    await page.getByLabel('اسم المستخدم').fill('golden.admin');
    await page.getByLabel('كلمة المرور', { exact: true }).fill('Muqeem@2026');
    await page.getByLabel('الرمز الظاهر في الصورة').fill(await captchaAnswer(page));
    await page.getByRole('button', { name: 'دخول', exact: true }).tap();
    const code = page.getByLabel('رمز التحقق', { exact: true });
    await expect(code).toBeVisible();  // the code is sent by then
    await code.fill(await latestCode(page));
    await page.getByRole('button', { name: 'تحقق', exact: true }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'شركة الرمال الذهبية للمقاولات' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

    await page.getByRole('link', { name: 'تجديد الإقامة' }).tap();
    await page.getByRole('button', { name: 'أرسل رمز التحقق' }).tap();
    const transactionCode = page.getByLabel('رمز التحقق للمعاملة');
    await expect(transactionCode).toBeVisible();
    await transactionCode.fill(await latestCode(page));
    await page.getByRole('button', { name: 'متابعة', exact: true }).tap();
    await page.getByLabel('رقم الإقامة').fill(iqama);
    await page.getByRole('radio', { name: '12 شهرًا' }).tap();
    await page.getByRole('button', { name: 'تحقق من البيانات' }).tap();
    await page.getByRole('button', { name: 'تجديد', exact: true }).tap();
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد التجديد' }).tap();
    await expect(page.getByRole('status').filter({ hasText: 'تم تجديد الإقامة بنجاح' })).toBeAttached();
    await controlsFit(page, 768);  // every control a 44 px target, inside the screen
  });
});
