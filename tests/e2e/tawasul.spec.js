// Tawasul in the browser (issue 15): "contact support" beside the renewal's failure opens a new
// request already holding what failed; files are attached through the page's own file input (a text
// file renamed to .pdf and a file over the size limit refused under the field, a PDF accepted); it is
// sent, found in the list, its file downloaded whole, and answered from its page with a file of its
// own. In Arabic and in English, by role and label, with axe-core on each page.
import { test, expect } from './support/test.js';
import { watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { renewableIqama } from './support/journey.js';
import { choose, securityCode, signedIn } from './support/services.js';

const WORDS = {
  ar: {
    failed: 'تعذّر الاتصال بالخادم', support: 'تواصل مع الدعم', newTitle: 'طلب تواصل جديد', what: 'ما الذي تعذّر',
    category: 'التصنيف', technical: 'مشكلة تقنية', description: 'وصف الطلب', send: 'إرسال الطلب', sent: 'تم إرسال طلبك',
    open: 'عرض الطلب', list: 'طلبات تواصل', reply: 'ردك', sendReply: 'إرسال الرد', history: 'سجل الحالة',
    files: 'المرفقات (اختياري)', notAccepted: 'letter.pdf ليس ملف PDF ولا صورة PNG أو JPEG',
    tooLarge: 'حجم الملف scan.pdf هو 3 ميجابايت، أي أكبر من 2 ميجابايت', remove: 'إزالة receipt.pdf',
    download: 'تنزيل receipt.pdf', screenshot: 'تنزيل screen.png', operation: 'التحقق من بيانات تجديد الإقامة',
  },
  en: {
    failed: 'The server could not be reached', support: 'Contact support', newTitle: 'New support request', what: 'What failed',
    category: 'Category', technical: 'Technical problem', description: 'Description', send: 'Send the request',
    sent: 'Your request was sent', open: 'Open the request', list: 'Support requests (Tawasul)', reply: 'Your reply',
    sendReply: 'Send the reply', history: 'Status history', files: 'Attachments (optional)',
    notAccepted: 'letter.pdf is not a PDF, PNG or JPEG file', tooLarge: 'scan.pdf is 3 MB, larger than 2 MB',
    remove: 'Remove receipt.pdf', download: 'Download receipt.pdf', screenshot: 'Download screen.png',
    operation: 'Verifying the data for Iqama renewal',
  },
};

// A small but real PDF and PNG (their first bytes are what the app and the portal recognise).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

// The error under a field, as a screen reader hears it: the text its input is described by.
const description = (input) => input.evaluate((element) => (element.getAttribute('aria-describedby') || '')
  .split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' '));

for (const language of ['ar', 'en']) {
  test(`the renewal's "contact support" files a request with what failed and a PDF, then a reply, in ${language === 'ar' ? 'Arabic' : 'English'}`,
    async ({ page }) => {
      test.setTimeout(120_000);
      const problems = watchConsole(page);
      const w = WORDS[language];
      const t = await signedIn(page, language);
      // The renewal's details are filled in, and the portal cannot be reached when they are verified.
      const { iqama } = await renewableIqama(page.request);
      await page.goto('/#/services/renew-iqama');
      await securityCode(page, t);
      await page.getByLabel(t.iqama).fill(iqama);
      await page.getByRole('radio', { name: t.months12 }).check();
      await page.route('**/api/v1/iqama-renewals/quote', (route) => route.abort('connectionrefused'));
      await page.getByRole('button', { name: t.verifyData }).click();
      await expect(page.getByRole('alert').filter({ hasText: w.failed })).toBeAttached();
      await page.unroute('**/api/v1/iqama-renewals/quote');
      await page.getByRole('link', { name: w.support }).click();
      await expect(page).toHaveURL(/#\/tawasul\/new$/);
      await expect(page.getByRole('heading', { level: 1, name: w.newTitle })).toBeVisible();
      // What failed is on the form before anything is sent: the renewal, and the message the officer read.
      await expect(page.getByRole('heading', { level: 2, name: w.what })).toBeAttached();
      await expect(page.getByText(w.operation).first()).toBeAttached();
      await expect(page.getByText(new RegExp(w.failed)).first()).toBeAttached();

      const text = `${language}: verifying a renewal fails ${Date.now()}`;
      await choose(page, w.category, w.technical);
      await page.getByLabel(w.description).fill(text);
      await expect.poll(() => page.evaluate(() => window.muqeem.semantics.nodes.find((n) => n.id === 'tawasul.description')?.value))
        .toBe(text);
      // Files: a text file renamed to .pdf, then one over the limit, each refused under the field by name.
      const files = page.getByLabel(w.files);
      await files.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Dear support,\n') });
      await expect.poll(() => description(files)).toContain(w.notAccepted);
      await expect(files).toHaveAttribute('aria-invalid', 'true');
      await files.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024 - PDF.length)]) });
      await expect.poll(() => description(files)).toContain(w.tooLarge);
      if (language === 'ar') await noSeriousViolations(page, 'new support request with a refused file');
      await files.setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: PDF });
      await expect(page.getByRole('button', { name: w.remove })).toBeAttached();
      await expect(files).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel(w.description)).toHaveValue(text);  // nothing typed was lost

      await page.getByRole('button', { name: w.send }).click();
      const sent = page.getByRole('status').filter({ hasText: w.sent });
      await expect(sent).toBeAttached();
      const number = (await sent.textContent()).match(/TW\d{6,}/)[0];

      await page.getByRole('link', { name: w.open }).click();
      await expect(page).toHaveURL(new RegExp(`#/tawasul/${number}$`));
      await expect(page.getByText(text).first()).toBeAttached();
      await expect(page.getByRole('heading', { level: 2, name: w.history })).toBeAttached();
      // The attachment comes back as a real download, byte for byte.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: new RegExp(w.download) }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('receipt.pdf');
      const fs = await import('node:fs/promises');
      expect(Buffer.compare(await fs.readFile(await download.path()), PDF)).toBe(0);
      if (language === 'ar') await noSeriousViolations(page, 'support request');

      // A reply carrying a screenshot.
      await page.getByLabel(w.reply).fill(`${text}: tried again`);
      await page.getByLabel(w.files).setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: PNG });
      await page.getByRole('button', { name: w.sendReply }).click();
      await expect(page.getByText(`${text}: tried again`).first()).toBeAttached();
      await expect(page.getByLabel(w.reply)).toHaveValue('');
      await expect(page.getByRole('button', { name: new RegExp(w.screenshot) })).toBeAttached();

      await page.goto('/#/tawasul');
      await expect(page.getByRole('table', { name: w.list }).getByRole('row').filter({ hasText: number })).toBeAttached();
      if (language === 'ar') await noSeriousViolations(page, 'support requests');
      // The aborted request is logged by the browser; nothing else may go wrong.
      expect(problems.filter((problem) => !/quote|ERR_FAILED|ERR_CONNECTION_REFUSED|Failed to fetch|NetworkError/.test(problem))).toEqual([]);
    });
}

test('a large attachment shows its upload progress and a dropped file is attached like a chosen one', async ({ page }) => {
  const w = WORDS.en;
  const problems = watchConsole(page);
  await signedIn(page, 'en');
  await page.goto('/#/tawasul/new');
  await expect(page.getByRole('heading', { level: 1, name: w.newTitle })).toBeVisible();
  await choose(page, w.category, w.technical);
  await page.getByLabel(w.description).fill('A scan of the passport, dropped on the form');
  // Dropped onto the zone (the file input laid over it), as from the file manager.
  const files = page.getByLabel(w.files);
  const transfer = await page.evaluateHandle(({ head, padding }) => {
    const data = new DataTransfer();
    const bytes = new Uint8Array(head.length + padding);
    bytes.set(head);
    data.items.add(new File([bytes], 'passport.pdf', { type: 'application/pdf' }));
    return data;
  }, { head: [...PDF], padding: 1536 * 1024 });
  await files.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('button', { name: 'Remove passport.pdf' })).toBeAttached();
  // The request is held until the bar has been seen, however slow the machine: meanwhile the bar says
  // how much has gone.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/api/v1/tawasul/requests', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: w.send }).click();
  // Sending has begun (CI twice saw no bar here: this says whether the click started the request).
  await expect(page.getByRole('button', { name: w.send }), problems.join('\n')).toHaveAttribute('aria-busy', 'true');
  const bar = page.getByRole('progressbar', { name: 'Uploading the attachments' });
  await expect(bar, problems.join('\n')).toBeAttached();
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
  release();
  await expect(page.getByRole('status').filter({ hasText: w.sent })).toBeAttached();
  await expect(bar).not.toBeAttached();
});
