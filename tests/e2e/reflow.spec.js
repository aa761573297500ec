// Reflow (WCAG 1.4.10) and zoom on every route, in Arabic and in English: on a phone (320×640 CSS px
// with touch) and at 400 % zoom (a 1280×800 window at a device pixel ratio of 4: 320×200 CSS px).
// The page is never wider than the window, no node of the semantic tree lies past either edge, no
// two controls overlap, no identifier is cut (checked against the portal's own numbers), and on the
// phone axe-core finds nothing serious. The renewal is walked to its result on the phone.
import { test, expect } from './support/test.js';
import { noSeriousViolations } from './support/axe.js';
import { expectIdentifiersWhole, expectReflows } from './support/reflow.js';
import { WORDS, choose, securityCode, signedIn } from './support/services.js';
import { apiSession, renewableIqama } from './support/journey.js';
import { openApp } from './support/app.js';

const WIDTH = 320;
const DEVICES = [
  { name: 'a 320 px phone', use: { viewport: { width: WIDTH, height: 640 }, hasTouch: true, isMobile: true }, phone: true },
  { name: '400 % zoom', use: { viewport: { width: WIDTH, height: 200 }, deviceScaleFactor: 4 }, phone: false },
];
const SERVICES = ['renew-iqama', 'issue-iqama', 'exit-reentry', 'final-exit', 'occupation-change', 'transfer',
  'passport-update', 'resident-report', 'visa-extension', 'visa-cancellation', 'transfer-accept', 'transfer-decline',
  'user-add', 'user-permissions', 'renew-batch'];

// What the routes show, asked of the portal: the residents' first page as the list asks for it, and a
// resident with a visa.
async function portalFacts(request) {
  const session = await apiSession(request);
  try {
    const firstPage = (await session.api('/residents?page=0&size=20')).content.map((r) => r.iqamaNumber);
    const candidates = (await session.api('/residents?sort=iqamaExpiry,desc&size=40')).content;
    for (const { iqamaNumber } of candidates) {
      const file = await session.api(`/residents/${iqamaNumber}`);
      if (file.visas.length) return { firstPage, iqama: iqamaNumber, visa: file.visas[0].visaNumber };
    }
    throw new Error('no resident with a visa');
  } finally {
    await session.close();
  }
}

for (const device of DEVICES) {
  test.describe(device.name, () => {
    test.use(device.use);
    for (const language of ['ar', 'en']) {
      test(`every route reflows on ${device.name}, in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ page }) => {
        test.setTimeout(240_000);
        const t = WORDS[language];
        const check = async (screen) => {
          await expectReflows(page, WIDTH, screen);
          if (device.phone) await noSeriousViolations(page, `${screen} at ${WIDTH} px`);
        };
        const facts = await portalFacts(page.request);

        // Signed out.
        await page.addInitScript((code) => localStorage.setItem('muqeem.language', code), language);
        await openApp(page, '/#/sign-in');
        await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
        await check('sign-in');
        for (const route of ['#/welcome', '#/verify?code=0000000000', '#/no-such-page', '#/gallery', '#/specimen',
          '#/visa-validity', '#/activate', '#/subscribe', '#/register']) {
          await page.goto(`/${route}`);
          await check(route);
        }

        // Signed in.
        await signedIn(page, language);
        await check('dashboard');
        await page.goto('/#/residents');
        await expect(page.getByRole('paragraph').filter({ hasText: facts.firstPage[0] }).first()).toBeAttached();
        await check('residents');
        await expectIdentifiersWhole(page, facts.firstPage, 'residents');
        await page.goto('/#/residents?status=expired');
        await check('expired residents');

        await page.goto(`/#/residents/${facts.iqama}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        for (const tab of t.fileTabs) {
          if (tab !== t.fileTabs[0]) await choose(page, t.file, tab);
          await check(`file: ${tab}`);
          if (tab === t.fileTabs[2]) await expectIdentifiersWhole(page, [facts.visa], 'file: visas');
        }
        await page.goto(`/#/visas/${facts.visa}`);
        await expect(page.getByText(facts.visa).first()).toBeAttached();
        await check('visa');
        await expectIdentifiersWhole(page, [facts.visa], 'visa');
        await page.goto(`/#/visas?iqama=${facts.iqama}`);
        await expect(page.getByText(facts.visa).first()).toBeAttached();
        await check('visa inquiry');
        await expectIdentifiersWhole(page, [facts.visa], 'visa inquiry');
        await page.goto('/#/reports');
        await check('reports');
        // A renewal batch's page (the bulk renewal spec made some; alone, this is its "not found").
        for (const route of ['#/tawasul', '#/tawasul/new', '#/users', '#/renewals/batches/1']) {
          await page.goto(`/${route}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
          await check(route);
        }
        await page.goto('/#/reports/iqama-expiry');
        await expect(page.getByRole('paragraph').filter({ hasText: /^[\d,]+ / })).toBeAttached();
        await check('report with its chart');
        for (const direction of ['incoming', 'outgoing']) {
          await page.goto(`/#/transfers?direction=${direction}`);
          await check(`transfers ${direction}`);
        }

        // Every service as it opens, and on the phone its details once the code is given.
        for (const service of SERVICES) {
          const params = service.startsWith('visa-') ? `?visa=${facts.visa}` : `?iqama=${facts.iqama}`;
          await page.goto(`/#/services/${service}${params}`);
          await check(`${service}: first step`);
          const send = page.getByRole('button', { name: t.sendCode });
          if (device.phone && await send.count()) {
            await securityCode(page, t);
            await check(`${service}: details`);
          }
        }
      });
    }
  });
}

// The renewal, every step to its result, on the phone: the journey officers do most.
test.describe('a 320 px phone', () => {
  test.use(DEVICES[0].use);
  for (const language of ['ar', 'en']) {
    test(`a renewal reflows at every step, in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ page }) => {
      test.setTimeout(150_000);
      const { iqama } = await renewableIqama(page.request);
      const t = await signedIn(page, language);
      await page.getByRole('link', { name: t.renewIqama }).tap();
      await expectReflows(page, WIDTH, 'security code');
      await securityCode(page, t);
      await page.getByLabel(t.iqama).fill(iqama);
      await page.getByRole('radio', { name: t.months12 }).tap();
      await expectReflows(page, WIDTH, 'details');
      await page.getByRole('button', { name: t.verifyData }).tap();
      await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
      await expectReflows(page, WIDTH, 'verify');
      await page.getByRole('button', { name: t.renewSubmit, exact: true }).tap();
      await expect(page.getByRole('dialog')).toBeAttached();
      await expectReflows(page, WIDTH, 'confirmation');
      await page.getByRole('dialog').getByRole('button', { name: t.renewConfirm }).tap();
      await expect(page.getByRole('status').filter({ hasText: t.renewDone })).toBeAttached();
      await expectReflows(page, WIDTH, 'result');
      await expectIdentifiersWhole(page, [iqama], 'result');
      await noSeriousViolations(page, 'renewal result at 320 px');
    });
  }
});

// The page scrolls natively and the app draws at the offset: a scroll the browser makes by itself
// (a key, focus moving out of view, a fling on a phone) must be drawn too, not only the wheel's.
test.describe('a 320 px phone', () => {
  test.use(DEVICES[0].use);
  test('a page the browser scrolls by itself is drawn where it now is', async ({ page }) => {
    await openApp(page, '/#/gallery');
    await page.waitForTimeout(500);
    const top = await page.screenshot();
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(async () => (await page.screenshot()).equals(top), { timeout: 5000 }).toBe(false);
  });
});
