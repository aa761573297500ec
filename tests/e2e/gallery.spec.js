// The widget gallery in Chromium, found and driven only by role, label and visible text, as a person
// with a screen reader or a keyboard meets it: Arabic typed into the browser's own inputs reaches
// C++ and is drawn joined, right to left; Tab order; Esc; the language toggle; axe-core.
import { test, expect } from './support/test.js';
import AxeBuilder from '@axe-core/playwright';
import { openApp, watchConsole } from './support/app.js';
import { compareInk, decode, encode } from './support/pixels.js';
import { chromiumRendering } from './support/reference.js';

// The value C++ holds for a control, read from the semantic tree it publishes.
async function valueInApp(page, id) {
  return page.evaluate((nodeId) => window.muqeem.semantics.nodes.find((n) => n.id === nodeId)?.value, id);
}

async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).include('#overlay').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.beforeEach(async ({ page }) => {
  // Every test starts in Arabic, whatever an earlier test chose.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('muqeem.test.started')) {
      localStorage.removeItem('muqeem.language');
      sessionStorage.setItem('muqeem.test.started', '1');
    }
  });
});

test('every control is found by role and label in Arabic and in English', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page, '/#/gallery');
  await expect(page.getByRole('heading', { level: 1, name: 'معرض عناصر الواجهة' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'تحقق من البيانات' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'رجوع' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'تواصل مع الدعم' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'غير متاح' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'جارٍ الإرسال' })).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByLabel('الاسم')).toBeEditable();
  await expect(page.getByLabel('كلمة المرور')).toHaveAttribute('type', 'password');
  await expect(page.getByLabel('رقم الإقامة')).toHaveAttribute('inputmode', 'numeric');
  await expect(page.getByLabel('رقم المنشأة')).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'الجنسية' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'مدة التجديد' })).toBeAttached();
  await expect(page.getByRole('radio', { name: '6 أشهر' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'أقر بصحة البيانات' })).not.toBeChecked();
  await expect(page.getByRole('alert').filter({ hasText: 'تعذّر الاتصال بالخادم' })).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'تم تجديد الإقامة بنجاح' })).toBeAttached();
  await expect(page.getByRole('banner')).toBeAttached();
  await expect(page.getByRole('main')).toBeAttached();
  await expect(page.getByRole('contentinfo')).toBeAttached();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Interface gallery' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verify data' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeEditable();
  await expect(page.getByLabel('Iqama number')).toBeEditable();
  await expect(page.getByRole('combobox', { name: 'Nationality' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '12 months' })).toBeAttached();
  await expect(page.getByRole('checkbox', { name: 'I confirm the details are correct' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
  expect(problems).toEqual([]);
});

test('Arabic typed with fill() and with key presses reaches C++ and is drawn joined, right to left',
  async ({ page }, testInfo) => {
    await openApp(page, '/#/gallery');
    const name = page.getByLabel('الاسم');
    await name.fill('محمد عبدالله');
    await expect.poll(() => valueInApp(page, 'gallery.name')).toBe('محمد عبدالله');
    await name.press('End');
    await page.keyboard.type(' الأحمد');
    await expect.poll(() => valueInApp(page, 'gallery.name')).toBe('محمد عبدالله الأحمد');
    await expect(name).toHaveValue('محمد عبدالله الأحمد');

    // Focus leaves: the C++ text engine draws the value; it must look like Chromium's own rendering.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement.dataset.node)).not.toBe('gallery.name');
    await page.waitForFunction(() => window.muqeem.frames > 0);
    await page.waitForTimeout(100);
    const [x, y, width, height] = await page.evaluate(() => window.muqeem.semantics.nodes.find((n) => n.id === 'gallery.name').rect);
    const scroll = await page.evaluate(() => window.scrollY);
    const inner = { x: x + 12, y: y - scroll, width: width - 24, height };
    const clip = { x: inner.x, y: inner.y + 4, width: inner.width, height: height - 8 };
    const ours = decode(await page.screenshot({ clip }));
    const reference = await chromiumRendering(page, {
      clip, box: { x: inner.x, y: inner.y + (height - 24) / 2, width: inner.width },
      text: 'محمد عبدالله الأحمد', direction: 'rtl', font: '400 16px "IBM Plex Sans Arabic"',
    });
    const result = compareInk(ours, reference, 0.5, { forgiveHinting: true });
    await testInfo.attach('ours', { body: encode(result.left), contentType: 'image/png' });
    await testInfo.attach('chromium', { body: encode(result.right), contentType: 'image/png' });
    console.log(`typed name drawn by C++ vs Chromium: ${(result.share * 100).toFixed(2)}% of ink differs`);
    expect(result.ours.width).toBeGreaterThan(80);  // there is text to compare: joined it is ~130 px
    expect(Math.abs(result.ours.width - result.reference.width)).toBeLessThanOrEqual(2);
    expect(result.share).toBeLessThanOrEqual(0.01);
    // Right to left at the start side: the ink ends at the field's right padding.
    expect(result.ours.left + result.ours.width).toBeGreaterThan(clip.width - 8);
  });

test('Arabic-Indic digits typed into an identifier become Western digits in the field', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const iqama = page.getByLabel('رقم الإقامة');
  await iqama.fill('٢١٢٣٤٥٦٧٨٩');
  await expect(iqama).toHaveValue('2123456789');
  await expect.poll(() => valueInApp(page, 'gallery.iqama')).toBe('2123456789');
  await expect(iqama).toHaveAttribute('dir', 'ltr');
});

test('Tab walks the controls in reading order and Shift+Tab walks back', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const focusedNode = () => page.evaluate(() => document.activeElement?.dataset?.node ?? null);
  const forward = [];
  for (let i = 0; i < 12; ++i) {
    await page.keyboard.press('Tab');
    forward.push(await focusedNode());
  }
  expect(forward.slice(0, 4)).toEqual(['page.language', 'gallery.primary', 'gallery.secondary', 'gallery.link']);
  expect(forward.indexOf('gallery.name')).toBeLessThan(forward.indexOf('gallery.password'));
  expect(forward.indexOf('gallery.password')).toBeLessThan(forward.indexOf('gallery.iqama'));
  // C++ knows where focus is: it draws the ring there.
  await expect.poll(() => page.evaluate(() => window.muqeem.semantics.nodes.length)).toBeGreaterThan(0);
  const backward = [];
  for (let i = 0; i < 11; ++i) {
    await page.keyboard.press('Shift+Tab');
    backward.push(await focusedNode());
  }
  expect(backward).toEqual(forward.slice(0, 11).reverse());
});

test('the select filters as you type, arrows and Enter choose, Esc closes', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const select = page.getByRole('combobox', { name: 'الجنسية' });
  await select.click();
  await select.fill('اندو');
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option', { name: 'إندونيسيا' })).toBeAttached();
  await expect(page.getByRole('option', { name: 'الهند' })).toHaveCount(0);
  await select.press('Enter');
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  await expect(select).toHaveValue('إندونيسيا');

  await select.fill('ال');
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  await select.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'الفلبين' })).toHaveAttribute('aria-selected', 'true');
  await select.press('Escape');
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  await expect(select).toHaveValue('إندونيسيا');
  await select.fill('مص');
  await page.getByRole('option', { name: 'مصر' }).click();
  await expect(select).toHaveValue('مصر');
});

test('an option chosen and the next field clicked before the app draws again: typing goes to that field', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const select = page.getByRole('combobox', { name: 'الجنسية' });
  const iqama = page.getByRole('textbox', { name: 'رقم الإقامة' });
  await select.click();
  await select.fill('ال');
  const option = await page.getByRole('option', { name: 'الهند' }).elementHandle();
  const field = await iqama.elementHandle();
  // In one task, so the app takes both in one frame, as two quick clicks can reach it.
  await page.evaluate(([chosen, next]) => {
    chosen.click();
    next.focus();
  }, [option, field]);
  await expect(select).toHaveValue('الهند');
  await expect(iqama).toBeFocused();
  await page.keyboard.type('2123');
  await expect(iqama).toHaveValue('2123');
  await expect(select).toHaveValue('الهند');
});

test('checking the empty form shows an error summary whose links reach the fields', async ({ page }) => {
  await openApp(page, '/#/gallery');
  await page.getByRole('button', { name: 'تحقق من النموذج' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'يوجد خطأ في البيانات' });
  await expect(summary).toBeAttached();
  await expect(page.getByRole('link', { name: 'أدخل الاسم' })).toBeFocused();
  await expect(page.getByLabel('الاسم')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('الاسم')).toHaveAccessibleDescription(/أدخل الاسم/);
  await page.getByRole('link', { name: 'رقم الإقامة غير صحيح' }).click();
  await expect(page.getByLabel('رقم الإقامة')).toBeFocused();
});

test('radio, checkbox and password toggle respond to the keyboard', async ({ page }) => {
  await openApp(page, '/#/gallery');
  await page.getByRole('radio', { name: '3 أشهر' }).check();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '6 أشهر' })).toBeChecked();
  await expect.poll(() => page.evaluate(() =>
    window.muqeem.semantics.nodes.find((n) => n.id === 'gallery.duration.1')?.states?.checked)).toBe(true);
  const agree = page.getByRole('checkbox', { name: 'أقر بصحة البيانات' });
  await agree.focus();
  await page.keyboard.press('Space');
  await expect(agree).toBeChecked();
  await page.getByLabel('كلمة المرور').fill('Muqeem@2026');
  await page.getByRole('button', { name: 'إظهار' }).click();
  await expect(page.getByLabel('كلمة المرور')).toHaveAttribute('type', 'text');
  await expect(page.getByLabel('كلمة المرور')).toHaveValue('Muqeem@2026');
});

test('the language toggle switches everything at once and is remembered', async ({ page }) => {
  await openApp(page, '/#/gallery');
  await page.getByLabel('الاسم').fill('Sara');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // What was typed survives the switch.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Sara');
  const [nameX] = await page.evaluate(() => window.muqeem.semantics.nodes.find((n) => n.id === 'gallery.name').rect);
  const [iqamaX] = await page.evaluate(() => window.muqeem.semantics.nodes.find((n) => n.id === 'gallery.iqama').rect);
  expect(nameX).toBeLessThan(iqamaX);
  await page.reload();
  await page.waitForFunction(() => window.muqeem && window.muqeem.ready);
  await expect(page.getByRole('heading', { level: 1, name: 'Interface gallery' })).toBeVisible();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'معرض عناصر الواجهة' })).toBeVisible();
});

test('axe-core finds nothing serious or critical on the gallery in Arabic and in English', async ({ page }) => {
  await openApp(page, '/#/gallery');
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'تحقق من النموذج' }).click();  // with errors shown too
  await expect(page.getByRole('link', { name: 'أدخل الاسم' })).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interface gallery' })).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
});
