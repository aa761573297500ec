// The gallery's data and navigation widgets in Chromium: tabs, the 10,000-row table (scrolled by the
// wheel and the keyboard), pagination, the stepper, the date field in both calendars, the modal
// dialog (focus trapped, Esc), the toast, and copying a value to the clipboard.
import { test, expect } from './support/test.js';
import { openApp, watchConsole } from './support/app.js';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.removeItem('muqeem.language'));
});

const rowIds = (page) => page.evaluate(() => window.muqeem.semantics.nodes
  .filter((n) => n.role === 'row' && n.id && n.id.startsWith('gallery.table.row.')).map((n) => n.id));

test('tabs: arrows move the way Arabic reads, the panel follows', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const first = page.getByRole('tab', { name: 'البيانات الشخصية' });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await first.focus();
  await page.keyboard.press('ArrowLeft');
  const second = page.getByRole('tab', { name: 'جواز السفر' });
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(second).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'جواز السفر' })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeFocused();
});

test('the table of 10,000 rows scrolls by wheel and keyboard and keeps only the rows in view', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page, '/#/gallery');
  const table = page.getByRole('table', { name: 'المقيمون' });
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  await table.scrollIntoViewIfNeeded();
  const before = await rowIds(page);
  expect(before.length).toBeLessThanOrEqual(10);
  expect(before[0]).toBe('gallery.table.row.0');
  await table.hover();
  await page.mouse.wheel(0, 44 * 100);
  await expect.poll(async () => (await rowIds(page))[0]).not.toBe('gallery.table.row.0');
  const after = await rowIds(page);
  expect(after.length).toBeLessThanOrEqual(10);
  expect(Number(after[0].split('.').pop())).toBeGreaterThan(50);
  // The rows in the DOM are the rows the app draws, with their real position among all rows.
  const firstRow = page.locator(`[id="m-${after[0]}"]`);
  await expect(firstRow).toHaveAttribute('aria-rowindex', String(Number(after[0].split('.').pop()) + 2));

  await table.evaluate((element) => { element.scrollTop = 0; });
  await expect.poll(async () => (await rowIds(page))[0]).toBe('gallery.table.row.0');
  await page.locator('[id="m-gallery.table.row.0"]').focus();
  await page.keyboard.press('End');
  await expect(page.locator('[id="m-gallery.table.row.9999"]')).toBeFocused();
  await expect(page.locator('[id="m-gallery.table.row.9999"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByText('فتحت الصف 10,000')).toBeAttached();
  expect(problems).toEqual([]);
});

test('sorting a column says so to screen readers', async ({ page }) => {
  await openApp(page, '/#/gallery');
  await page.getByRole('button', { name: 'انتهاء الإقامة' }).click();
  await expect(page.getByRole('columnheader', { name: 'انتهاء الإقامة' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'انتهاء الإقامة' }).click();
  await expect(page.getByRole('columnheader', { name: 'انتهاء الإقامة' })).toHaveAttribute('aria-sort', 'descending');
});

test('pagination and stepper mark where the person is', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const pages = page.getByRole('navigation', { name: 'الصفحات' });
  await expect(pages.getByRole('button', { name: 'الصفحة 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('button', { name: 'التالي' }).click();
  await expect(pages.getByRole('button', { name: 'الصفحة 2', exact: true })).toHaveAttribute('aria-current', 'page');
  const steps = page.getByRole('list', { name: 'خطوات الخدمة' });
  await expect(steps.getByRole('listitem')).toHaveCount(4);
  await expect(steps.getByRole('listitem').filter({ hasText: 'الخطوة 2 من 4: بيانات الطلب' })).toHaveAttribute('aria-current', 'step');
});

test('a Hijri date typed in Arabic-Indic digits shows its Gregorian day', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const field = page.getByLabel('تاريخ انتهاء الإقامة');
  await field.fill('١٤٤٨-٠٦-١٢');
  // The browser's own Umm al-Qura calendar says which Gregorian day that is.
  const expected = await page.evaluate(() => {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    for (let day = Date.UTC(2026, 9, 1); day < Date.UTC(2027, 0, 1); day += 86400000) {
      if (format.format(new Date(day)).startsWith('6/12/1448')) return new Date(day).getUTCDate();
    }
    return null;
  });
  await expect(field).toHaveAccessibleDescription(new RegExp(`الموافق ${expected} نوفمبر 2026`));
  await field.fill('2026-02-30');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/أدخل تاريخًا صحيحًا/);
});

test('the dialog takes focus, keeps Tab inside, closes with Esc and returns focus', async ({ page }) => {
  await openApp(page, '/#/gallery');
  const opener = page.getByRole('button', { name: 'تجديد الإقامة' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'تأكيد تجديد الإقامة' });
  await expect(dialog).toBeAttached();
  await expect(dialog.getByRole('button', { name: 'تأكيد' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'إلغاء' })).toBeFocused();
  await page.keyboard.press('Tab');  // from the last control back to the first: nothing outside is reached
  await expect(dialog.getByRole('button', { name: 'تأكيد' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'إلغاء' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await opener.click();
  await page.getByRole('button', { name: 'تأكيد' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'تم التأكيد' })).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'تم التأكيد' })).toHaveCount(0, { timeout: 8000 });
});

test('a request number is copied to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/#/gallery');
  await page.getByRole('button', { name: 'نسخ رقم الطلب' }).click();
  await expect(page.getByRole('button', { name: 'تم النسخ' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('4003127745');
});
