// Reports (issue 14) as an officer uses them, in Arabic and in English, against the reference portal:
// every report opened from the reports page by its link and read by its heading and table; a date
// range typed in Hijri; the CSV saved through the browser's download and parsed (its rows are the
// report's total, an Arabic name intact); a report printed on A4 landscape and read back from the PDF
// with its head on every page; the breakdown's chart read as a table; axe-core on the new screens; and
// an officer without the reports permission not offered them.
import { test, expect } from './support/test.js';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { apiSession } from './support/journey.js';
import { signedIn } from './support/services.js';

const REPORTS = {
  ar: {
    reports: 'التقارير', back: 'كل التقارير', from: 'من تاريخ', to: 'إلى تاريخ', show: 'عرض التقرير',
    csv: 'تنزيل CSV', print: 'طباعة التقرير', iqamaNumber: 'رقم الإقامة', byStatus: 'حسب حالة الإقامة',
    notPermitted: 'ليست لديك صلاحية التقارير',
    names: {
      'iqama-expiry': 'الإقامات المنتهية والموشكة على الانتهاء', residents: 'المقيمون', 'iqama-renewals': 'الإقامات المجددة',
      'iqama-issues': 'الإقامات المصدرة', visas: 'التأشيرات', 'visa-transactions': 'معاملات التأشيرات',
      'final-exits': 'تأشيرات الخروج النهائي', transfers: 'نقل الخدمات', 'occupation-changes': 'تغيير المهن', payments: 'سجل المدفوعات',
    },
  },
  en: {
    reports: 'Reports', back: 'All reports', from: 'From', to: 'To', show: 'Show the report',
    csv: 'Download CSV', print: 'Print the report', iqamaNumber: 'Iqama number', byStatus: 'By iqama status',
    notPermitted: 'You do not have the reports permission',
    names: {
      'iqama-expiry': 'Expired and expiring iqamas', residents: 'Residents', 'iqama-renewals': 'Renewed iqamas',
      'iqama-issues': 'Issued iqamas', visas: 'Visas', 'visa-transactions': 'Visa transactions',
      'final-exits': 'Final exits', transfers: 'Transfers of services', 'occupation-changes': 'Occupation changes',
      payments: 'Payment history',
    },
  },
};

// The report as the portal has it, through the test's own API session.
async function portalReport(request, name, query = '') {
  const session = await apiSession(request);
  try {
    return await session.api(`/reports/${name}?size=200${query}`);
  } finally {
    await session.close();
  }
}

// The row count as the page says it: "163 rows", "163 صفًا"; Arabic says one and two in words.
const COUNT_WORDS = { ar: { one: 'صف واحد', two: 'صفان' }, en: {} };
const rowCount = (language, total) =>
  COUNT_WORDS[language][new Intl.PluralRules(language).select(total)] ?? new RegExp(`^${total.toLocaleString('en-US')} `);

// The report's heading, then its row count, or that no row matches.
async function expectReport(page, language, title, total) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  if (total === 0) await expect(page.getByText(/^(No rows match the filters|لا توجد صفوف تطابق التصفية)$/)).toBeAttached();
  else await expect(page.getByText(rowCount(language, total), { exact: true })).toBeAttached();
}

for (const language of ['ar', 'en']) {
  test(`every report opens from the reports page, in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watchConsole(page);
    const w = REPORTS[language];
    await signedIn(page, language);
    await page.getByRole('link', { name: w.reports, exact: true }).click();
    await expect(page).toHaveURL(/#\/reports$/);
    await expect(page.getByRole('heading', { level: 1, name: w.reports })).toBeVisible();
    if (language === 'ar') await noSeriousViolations(page, 'reports');
    for (const [name, title] of Object.entries(w.names)) {
      const expected = await portalReport(page.request, name);
      await page.getByRole('link', { name: title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#/reports/${name}$`));
      expect(expected.title[language]).toBe(title);  // the list names each report as the portal titles it
      await expectReport(page, language, title, expected.totalElements);
      if (expected.totalElements > 0) {
        // The first row the portal sends is the table's first row.
        const first = expected.content[0];
        const key = expected.columns.find((c) => c.type === 'text').key;
        await expect(page.getByRole('table', { name: title }).getByRole('row').nth(1)).toContainText(first[key]);
        if (expected.breakdown.groups.length > 0) {
          const chart = page.getByRole('table', { name: expected.breakdown.title[language] });
          await expect(chart.getByRole('row')).toHaveCount(expected.breakdown.groups.length + 1);
          const top = expected.breakdown.groups[0];
          await expect(chart.getByRole('row').nth(1)).toContainText(top.group[language]);
        }
        if (language === 'ar' && name === 'visas') await noSeriousViolations(page, `report ${name}`);
      }
      await page.getByRole('link', { name: w.back }).click();
      await expect(page).toHaveURL(/#\/reports$/);
    }
    expect(problems).toEqual([]);
  });
}

test('a Hijri month of expiring iqamas, downloaded as CSV and opened as a spreadsheet would', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const w = REPORTS.ar;
  await signedIn(page, 'ar');
  await page.goto('/#/reports/iqama-expiry');
  await expect(page.getByRole('heading', { level: 1, name: w.names['iqama-expiry'] })).toBeVisible();
  const config = await (await page.request.get('/api/v1/config')).json();
  const [hy, hm] = config.hijriDate.split('-');
  // The Hijri month of today, typed as an officer copying from a Hijri document would.
  await page.getByLabel(w.from).fill(`${hy}-${hm}-01`);
  await page.getByLabel(w.to).fill(`${hy}-${hm}-29`);
  await page.getByRole('button', { name: w.show }).click();
  await expect(page).toHaveURL(/#\/reports\/iqama-expiry\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  const [, from, to] = page.url().match(/from=([\d-]+)&to=([\d-]+)/);
  expect(from < config.date && config.date <= to).toBe(true);  // the Gregorian days of that Hijri month
  const expected = await portalReport(page.request, 'iqama-expiry', `&from=${from}&to=${to}`);
  expect(expected.totalElements).toBeGreaterThan(0);
  await expectReport(page, 'ar', w.names['iqama-expiry'], expected.totalElements);
  const chart = page.getByRole('table', { name: w.byStatus });
  for (const group of expected.breakdown.groups)
    await expect(chart.getByRole('row').filter({ hasText: group.group.ar })).toContainText(String(group.count));
  await noSeriousViolations(page, 'iqama-expiry filtered');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.csv }).click()]);
  expect(download.suggestedFilename()).toBe(`muqeem-iqama-expiry-${from}-${to}.csv`);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);  // UTF-8 with BOM: spreadsheets read Arabic
  const lines = bytes.toString('utf8').slice(1).split(/\r?\n/).filter((line) => line.length > 0);
  expect(lines[0]).toContain(w.iqamaNumber);
  expect(lines.length - 1).toBe(expected.totalElements);
  const someone = expected.content[0];
  expect(lines.find((line) => line.includes(someone.iqamaNumber))).toContain(someone.name.ar);
  expect(problems).toEqual([]);
});

test('a report printed on A4 landscape, its filters and totals on top and its head on every page', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const w = REPORTS.en;
  await signedIn(page, 'en');
  await page.goto('/#/reports/final-exits');
  const expected = await portalReport(page.request, 'final-exits');
  await expectReport(page, 'en', w.names['final-exits'], expected.totalElements);
  await page.evaluate(() => { window.muqeem.printed = false; window.print = () => { window.muqeem.printed = true; }; });
  await page.getByRole('button', { name: w.print }).click();
  await expect.poll(() => page.evaluate(() => window.muqeem.printed === true)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath('final-exits.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [file]).toString();
  const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/);
  expect(Number(width)).toBeGreaterThan(Number(height));  // landscape
  expect(Math.round(Number(width))).toBe(842);  // A4's long side in points
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  expect(pages).toBeGreaterThan(1);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  expect(text).toContain(w.names['final-exits']);
  expect(text).toMatch(new RegExp(`Rows\\s+${expected.totalElements}`));
  for (const row of expected.content) expect(text).toContain(row.visaNumber);
  // The table's head starts every page.
  expect(text.split('\f').filter((page) => page.includes('Leave by')).length).toBe(pages);
  expect(problems).toEqual([]);
});

// The primary user sets the clerk's permissions (through the API, with its security code).
async function setClerkPermissions(request, permissions) {
  const session = await apiSession(request);
  try {
    await session.api('/auth/security-code', { method: 'POST', data: { operation: 'user-permissions' } });
    const { messages } = await (await request.get('/api/v1/demo/outbox')).json();
    await session.api('/users/golden.clerk/permissions', {
      method: 'PUT', headers: { 'Idempotency-Key': `e2e-clerk-${permissions.join('-')}-${Date.now()}` },
      data: { permissions, securityCode: messages[0].text.match(/\d{6}/)[0] },
    });
  } finally {
    await session.close();
  }
}

test('an officer without the reports permission is not offered them', async ({ page }) => {
  const w = REPORTS.en;
  await setClerkPermissions(page.request, ['visas']);
  try {
    await signedIn(page, 'en', 'golden.clerk');
    await expect(page.getByRole('link', { name: 'Visa inquiry' })).toBeVisible();
    await expect(page.getByRole('link', { name: w.reports, exact: true })).toHaveCount(0);
    await page.goto('/#/reports');
    await expect(page.getByText(w.notPermitted)).toBeVisible();
    await expect(page.getByRole('link', { name: w.names.payments })).toHaveCount(0);
    await page.goto('/#/reports/payments');
    await expect(page.getByText(w.notPermitted)).toBeVisible();
  } finally {
    await setClerkPermissions(page.request, ['visas', 'reports']);
  }
});
