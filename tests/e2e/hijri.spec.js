// The Umm al-Qura calendar compiled into the app against the browser's own: for every day of
// 1420-1500 AH, the Hijri date our table gives must be the one Intl's islamic-umalqura calendar gives
// (natively the same table is checked against ICU: tests/domain/hijri_date_test.cpp).
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';

test('every day of 1420-1500 AH agrees with Intl islamic-umalqura', async ({ page }) => {
  await openApp(page, '/');
  const result = await page.evaluate(() => {
    const months = JSON.parse(window.Module.ccall('muqeem_umalqura_months', 'string', [], []));
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn',
      { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const hijriOf = (time) => {
      const parts = Object.fromEntries(format.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
      return [Number(parts.year), Number(parts.month), Number(parts.day)];
    };
    let days = 0;
    const mismatches = [];
    for (const [year, month, start, length] of months) {
      const first = Date.parse(`${start}T00:00:00Z`);
      for (let day = 1; day <= length; ++day) {
        const [y, m, d] = hijriOf(first + (day - 1) * 86400000);
        days += 1;
        if (y !== year || m !== month || d !== day) mismatches.push(`${year}-${month}-${day}: Intl says ${y}-${m}-${d}`);
      }
    }
    return { months: months.length, days, mismatches: mismatches.slice(0, 10), mismatchCount: mismatches.length };
  });
  console.log(`Umm al-Qura: ${result.months} months, ${result.days} days compared with Intl, ${result.mismatchCount} differ`);
  expect(result.months).toBe(81 * 12);
  expect(result.days).toBeGreaterThan(28_600);  // 81 years of 354-355 days
  expect(result.mismatches).toEqual([]);
});
