// Tawasul in the browser (issue 15, its first part): "contact support" beside a failure opens a new
// request already holding what failed; it is sent, found in the list, and answered from its page; in
// Arabic and in English, by role and label, with axe-core on each new page.
import { test, expect } from './support/test.js';
import { watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { choose, signedIn } from './support/services.js';

const WORDS = {
  ar: {
    failed: 'تعذّر الاتصال بالخادم', support: 'تواصل مع الدعم', newTitle: 'طلب تواصل جديد', what: 'ما الذي تعذّر',
    category: 'التصنيف', technical: 'مشكلة تقنية', description: 'وصف الطلب', send: 'إرسال الطلب', sent: 'تم إرسال طلبك',
    open: 'عرض الطلب', list: 'طلبات تواصل', reply: 'ردك', sendReply: 'إرسال الرد', history: 'سجل الحالة',
  },
  en: {
    failed: 'The server could not be reached', support: 'Contact support', newTitle: 'New support request', what: 'What failed',
    category: 'Category', technical: 'Technical problem', description: 'Description', send: 'Send the request',
    sent: 'Your request was sent', open: 'Open the request', list: 'Support requests (Tawasul)', reply: 'Your reply',
    sendReply: 'Send the reply', history: 'Status history',
  },
};

for (const language of ['ar', 'en']) {
  test(`a failure's "contact support" files a request with what failed, then a reply, in ${language === 'ar' ? 'Arabic' : 'English'}`,
    async ({ page }) => {
      test.setTimeout(90_000);
      const problems = watchConsole(page);
      const w = WORDS[language];
      await signedIn(page, language);
      // The residents list cannot be reached.
      await page.route('**/api/v1/residents?*', (route) => route.abort());
      await page.goto('/#/residents');
      await expect(page.getByRole('alert').filter({ hasText: w.failed })).toBeAttached();
      await page.unroute('**/api/v1/residents?*');
      await page.getByRole('link', { name: w.support }).click();
      await expect(page).toHaveURL(/#\/tawasul\/new$/);
      await expect(page.getByRole('heading', { level: 1, name: w.newTitle })).toBeVisible();
      // What failed is on the form before anything is sent.
      await expect(page.getByRole('heading', { level: 2, name: w.what })).toBeAttached();
      await expect(page.getByText(new RegExp(w.failed)).first()).toBeAttached();
      if (language === 'ar') await noSeriousViolations(page, 'new support request');

      const description = `${language}: the residents list does not open ${Date.now()}`;
      await choose(page, w.category, w.technical);
      await page.getByLabel(w.description).fill(description);
      // The app holds what was typed before it is sent (once, under CI load, Send came first).
      await expect.poll(() => page.evaluate(() => window.muqeem.semantics.nodes.find((n) => n.id === 'tawasul.description')?.value))
        .toBe(description);
      await page.getByRole('button', { name: w.send }).click();
      const sent = page.getByRole('status').filter({ hasText: w.sent });
      await expect(sent).toBeAttached();
      const number = (await sent.textContent()).match(/TW\d{6,}/)[0];

      await page.getByRole('link', { name: w.open }).click();
      await expect(page).toHaveURL(new RegExp(`#/tawasul/${number}$`));
      await expect(page.getByText(description).first()).toBeAttached();
      await expect(page.getByRole('heading', { level: 2, name: w.history })).toBeAttached();
      if (language === 'ar') await noSeriousViolations(page, 'support request');
      await page.getByLabel(w.reply).fill(`${description}: tried again`);
      await page.getByRole('button', { name: w.sendReply }).click();
      await expect(page.getByText(`${description}: tried again`).first()).toBeAttached();
      await expect(page.getByLabel(w.reply)).toHaveValue('');

      await page.goto('/#/tawasul');
      await expect(page.getByRole('table', { name: w.list }).getByRole('row').filter({ hasText: number })).toBeAttached();
      if (language === 'ar') await noSeriousViolations(page, 'support requests');
      // The aborted request is logged by the browser; nothing else may go wrong.
      expect(problems.filter((problem) => !/residents|ERR_FAILED|Failed to fetch|NetworkError/.test(problem))).toEqual([]);
    });
}
