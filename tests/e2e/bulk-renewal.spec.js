// Bulk renewal in the browser (issue 18), in Arabic and in English, by role and label: from the
// residents list filtered to iqamas expiring within 90 days, 20 residents chosen by their checkboxes,
// one security code, one "verify data" and one confirmation; the batch's page renews them with a
// progress bar; the dashboard's 60-day count drops by 20, the CSV lists the 20 outcomes, and the printed
// paper carries the 20 request numbers. A page reloaded before the renewals began picks the batch up
// and renews each once. axe-core on the new screens.
import { readFile } from 'node:fs/promises';
import { test, expect } from './support/test.js';
import { watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { apiSession } from './support/journey.js';
import { printedText, securityCode, signedIn } from './support/services.js';

const WORDS = {
  ar: {
    expiring: 'تنتهي خلال 90 يومًا', bulk: 'تجديد هذه الإقامات دفعة واحدة', listed: 'الإقامات التي تنتهي خلال 90 يومًا',
    chosen: 'المختار: 20 من', submit: 'تجديد الإقامات', confirm: 'تأكيد التجديد', table: 'الإقامات المختارة',
    finished: 'انتهت الدفعة', renewedText: 'جُددت 20 من 20 إقامة', csv: 'تنزيل النتائج (CSV)', outcomes: 'نتيجة كل إقامة',
    renewed: 'جُددت', batchTitle: 'دفعة التجديد', failed: 'تعذّر الاتصال بالخادم', months3: '3 أشهر',
  },
  en: {
    expiring: 'Expiring within 90 days', bulk: 'Renew these iqamas in one batch', listed: 'Iqamas expiring within 90 days',
    chosen: 'Chosen: 20 of', submit: 'Renew the iqamas', confirm: 'Confirm the renewals', table: 'The chosen iqamas',
    finished: 'The batch is finished', renewedText: '20 of 20 iqamas were renewed', csv: 'Download the outcomes (CSV)',
    outcomes: 'The outcome of each iqama', renewed: 'Renewed', batchTitle: 'Renewal batch', failed: 'The server could not be reached',
    months3: '3 months',
  },
};

async function dashboard(request) {
  const session = await apiSession(request);
  try {
    return await session.api('/establishment');
  } finally {
    await session.close();
  }
}

// Signed in, from the residents list to 20 residents chosen and verified, up to the confirmation.
async function twentyChosen(page, language) {
  const w = WORDS[language];
  const t = await signedIn(page, language);
  await page.goto('/#/residents');
  await page.getByRole('radio', { name: w.expiring }).check();
  await page.getByRole('link', { name: w.bulk }).click();
  await expect(page).toHaveURL(/#\/services\/renew-batch\?status=valid&within=90$/);
  await securityCode(page, t);
  await expect(page.getByRole('heading', { level: 2, name: w.listed })).toBeAttached();
  // Three months each: the shared test portal's balance must still pay for the other specs' services.
  await page.getByRole('radio', { name: w.months3 }).check();
  if (language === 'ar') await noSeriousViolations(page, 'bulk renewal: choosing');
  // The first page lists the residents that can be renewed first; 20 of them, box by box.
  const boxes = page.getByRole('checkbox').and(page.locator(':not([disabled])'));
  await expect(boxes.first()).toBeAttached();
  for (let i = 0; i < 20; ++i) await boxes.nth(i).check();
  await expect(page.getByText(w.chosen).first()).toBeAttached();
  await page.getByRole('button', { name: t.verifyData }).click();
  await expect(page.getByRole('table', { name: w.table })).toBeAttached();
  if (language === 'ar') await noSeriousViolations(page, 'bulk renewal: verify data');
  await page.getByRole('button', { name: w.submit, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeAttached();
  return { t, dialog };
}

for (const language of ['ar', 'en']) {
  test(`20 expiring iqamas renewed in one batch, their outcomes downloaded and printed, in ${language === 'ar' ? 'Arabic' : 'English'}`,
    async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const problems = watchConsole(page);
      const w = WORDS[language];
      const before = await dashboard(page.request);
      const { t, dialog } = await twentyChosen(page, language);
      await dialog.getByRole('button', { name: w.confirm }).click();
      await expect(page).toHaveURL(/#\/renewals\/batches\/\d+$/);
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(w.batchTitle) })).toBeVisible();
      await expect(page.getByText(w.finished).first()).toBeAttached();
      await expect(page.getByText(w.renewedText).first()).toBeAttached();
      if (language === 'ar') await noSeriousViolations(page, 'bulk renewal: outcomes');

      const after = await dashboard(page.request);
      expect(after.dashboard.expiringWithin60Days).toBe(before.dashboard.expiringWithin60Days - 20);
      expect(before.balanceHalalas - after.balanceHalalas).toBeGreaterThanOrEqual(20 * 16250);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.csv }).click()]);
      expect(download.suggestedFilename()).toMatch(/^muqeem-renewal-batch-\d+\.csv$/);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(21);  // the heading and the 20 outcomes
      const numbers = lines.slice(1).map((line) => line.match(/\b03\d{8}\b/)?.[0]);
      expect(numbers.every(Boolean)).toBe(true);
      expect(new Set(numbers).size).toBe(20);
      expect(lines.slice(1).every((line) => line.includes(`,${w.renewed},`))).toBe(true);

      const paper = await printedText(page, testInfo, t, `bulk-${language}`);
      for (const number of numbers) expect(paper).toContain(number);
      expect(problems).toEqual([]);
    });
}

test('a page reloaded before its batch was renewed picks it up and renews each resident once', async ({ page }) => {
  test.setTimeout(120_000);
  const w = WORDS.en;
  const before = await dashboard(page.request);
  const { dialog } = await twentyChosen(page, 'en');
  // The first request to carry the batch on never reaches the portal: the connection drops.
  let dropped = false;
  await page.route('**/api/v1/iqama-renewals/batches/*/continue', async (route) => {
    if (!dropped) {
      dropped = true;
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await dialog.getByRole('button', { name: w.confirm }).click();
  await expect(page).toHaveURL(/#\/renewals\/batches\/\d+$/);
  await expect(page.getByRole('alert').filter({ hasText: w.failed })).toBeAttached();
  await expect(page.getByText(w.finished)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(w.finished).first()).toBeAttached({ timeout: 30_000 });
  await expect(page.getByText(w.renewedText).first()).toBeAttached();
  const after = await dashboard(page.request);
  expect(after.dashboard.expiringWithin60Days).toBe(before.dashboard.expiringWithin60Days - 20);
});
