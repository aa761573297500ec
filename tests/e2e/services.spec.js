// Every e-service from the dashboard, in Arabic and in English, against the server `make run` starts:
// found by role, label and visible text only, each ending on its result and, where there is a paper,
// printed to PDF and read back for its number; axe-core on each new screen (in Arabic, the default).
// The transfer is asked by Golden Sands and accepted by Al Nakheel in two browser contexts; the clerk
// is offered exactly the services their permissions allow.
import { test, expect } from './support/test.js';
import { watchConsole } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import {
  WORDS, anyResident, arrivalCandidate, choose, confirmAndRead, establishmentNumber, exitReentryCandidate,
  finalExitCandidate, occupationCandidate, pendingTransfer, printedText, resultReference, securityCode, signedIn,
  transferCandidate, verifyAndConfirm,
} from './support/services.js';

const name = (language) => (language === 'ar' ? 'Arabic' : 'English');
// axe-core on each step in Arabic; English lays out the same controls.
const axe = async (page, language, screen) => { if (language === 'ar') await noSeriousViolations(page, screen); };

for (const language of ['ar', 'en']) {
  test(`exit/re-entry visa with its live fee, extended and cancelled from its page, in ${name(language)}`,
    async ({ page }, testInfo) => {
      test.setTimeout(150_000);
      const problems = watchConsole(page);
      const iqama = await exitReentryCandidate(page.request);
      const t = await signedIn(page, language);
      await page.getByRole('link', { name: t.exitReentry }).click();
      await expect(page).toHaveURL(/#\/services\/exit-reentry$/);
      await axe(page, language, 'exit/re-entry: code');
      await securityCode(page, t);
      await page.getByLabel(t.iqama).fill(iqama);
      await page.getByRole('radio', { name: t.single }).check();
      await page.getByLabel(t.days).fill('30');
      await expect(page.getByText(t.fee200)).toBeAttached();  // before asking the portal
      await axe(page, language, 'exit/re-entry: details');
      const visa = await verifyAndConfirm(page, t, t.exitSubmit, t.exitConfirm, t.exitDone, t.visaNumber);
      await axe(page, language, 'exit/re-entry: result');
      const paper = await printedText(page, testInfo, t, `exit-reentry-${language}`);
      expect(paper).toContain(visa);
      expect(paper).toContain(iqama);

      // The visa's page: extended by 30 days, then cancelled (nothing refunded, said before confirming).
      await page.getByRole('link', { name: t.openVisa }).click();
      await expect(page).toHaveURL(new RegExp(`#/visas/${visa}$`));
      await axe(page, language, 'visa');
      await page.getByRole('link', { name: t.extend }).click();
      await axe(page, language, 'visa extension: code');
      await securityCode(page, t);
      await page.getByLabel(t.extensionDays).fill('30');
      await verifyAndConfirm(page, t, t.extendSubmit, t.extendConfirm, t.extendDone, t.visaNumber);
      await page.getByRole('link', { name: t.openVisa }).click();
      await page.getByRole('link', { name: t.cancelVisa }).click();
      await securityCode(page, t);
      await page.getByRole('button', { name: t.verifyData }).click();
      await expect(page.getByRole('alert').filter({ hasText: t.noRefund })).toBeAttached();
      await confirmAndRead(page, t.cancelVisa, t.cancelConfirm, t.cancelDone, t.visaNumber);
      expect(problems).toEqual([]);
    });

  test(`final exit issued and printed, in ${name(language)}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const iqama = await finalExitCandidate(page.request);
    const t = await signedIn(page, language);
    await page.getByRole('link', { name: t.finalExit }).click();
    await securityCode(page, t);
    await page.getByLabel(t.iqama).fill(iqama);
    await axe(page, language, 'final exit: details');
    const visa = await verifyAndConfirm(page, t, t.finalSubmit, t.finalConfirm, t.finalDone, t.visaNumber);
    const paper = await printedText(page, testInfo, t, `final-exit-${language}`);
    expect(paper).toContain(visa);
  });

  test(`change of occupation to the one Qiwa approved, in ${name(language)}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const { iqama, occupation } = await occupationCandidate(page.request);
    const t = await signedIn(page, language);
    await page.getByRole('link', { name: t.occupationChange }).click();
    await securityCode(page, t);
    await page.getByLabel(t.iqama).fill(iqama);
    await choose(page, t.newOccupation, occupation[language]);
    await axe(page, language, 'occupation change: details');
    await page.getByRole('button', { name: t.verifyData }).click();
    await expect(page.getByText(t.fee2000).first()).toBeAttached();
    await axe(page, language, 'occupation change: verify');
    const number = await confirmAndRead(page, t.occupationSubmit, t.occupationConfirm, t.occupationDone, t.requestNumber);
    const paper = await printedText(page, testInfo, t, `occupation-${language}`);
    expect(paper).toContain(number);
  });

  test(`passport update, each date in either calendar, in ${name(language)}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const iqama = await anyResident(page.request, language === 'ar' ? 3 : 4);
    const t = await signedIn(page, language);
    await page.getByRole('link', { name: t.passportUpdate }).click();
    await securityCode(page, t);
    await page.getByLabel(t.iqama).fill(iqama);
    const number = `N${Date.now() % 100000000}`;
    await page.getByLabel(t.passportNumber).fill(number);
    await page.getByLabel(t.issued).fill('1447-01-01');  // Hijri: 26 June 2025
    await page.getByLabel(t.expiry).fill('2035-06-25');
    await choose(page, t.country, language === 'ar' ? 'الهند' : 'India');
    await axe(page, language, 'passport update: details');
    // No fee and no quote: what was typed is shown to be checked, both calendars beside each date.
    await page.getByRole('button', { name: t.verifyData }).click();
    await expect(page.getByRole('heading', { name: t.passportCheck })).toBeVisible();
    await expect(page.getByText(number).first()).toBeAttached();
    await axe(page, language, 'passport update: check');
    const reference = await confirmAndRead(page, t.passportSubmit, t.passportConfirm, t.passportDone, t.requestNumber);
    await expect(page.getByText(number).first()).toBeAttached();
    const paper = await printedText(page, testInfo, t, `passport-${language}`);
    expect(paper).toContain(reference);
    expect(paper).toContain(number);
  });

  test(`resident report issued, printed and checked by its code, in ${name(language)}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const iqama = await anyResident(page.request, language === 'ar' ? 5 : 6);
    const t = await signedIn(page, language);
    await page.getByRole('link', { name: t.residentReport }).click();
    await page.getByLabel(t.iqama).fill(iqama);
    await axe(page, language, 'resident report: details');
    await page.getByRole('button', { name: t.reportSubmit }).click();
    const number = await resultReference(page, t.reportDone, t.reportNumber);
    await axe(page, language, 'resident report: result');
    const paper = await printedText(page, testInfo, t, `report-${language}`);
    expect(paper).toContain(number);
    const code = paper.match(/[0-9A-HJKMNP-TV-Z]{16}/)[0];
    await page.goto(`/#/verify?code=${code}`);
    await expect(page.getByText(t.residentReport).first()).toBeAttached();
  });

  test(`an iqama for a new arrival, in ${name(language)}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const { border, occupation, nationality } = await arrivalCandidate(page.request);
    const t = await signedIn(page, language);
    await page.getByRole('link', { name: t.issueIqama }).click();
    await securityCode(page, t);
    await page.getByLabel(t.border).fill(border);
    await page.getByLabel(t.nameAr).fill('سالم أحمد');
    await page.getByLabel(t.nameEn).fill('Salem Ahmed');
    await page.getByLabel(t.mobile).fill('0512345678');
    await choose(page, t.occupation, occupation[language]);
    await choose(page, t.nationality, nationality[language]);
    await page.getByRole('radio', { name: t.months12 }).check();
    await axe(page, language, 'iqama issue: details');
    await verifyAndConfirm(page, t, t.issueSubmit, t.issueConfirm, t.issueDone, t.requestNumber);
    const line = await page.getByText(t.newIqama).first().textContent();
    const iqama = line.match(/2\d{9}/)[0];
    const paper = await printedText(page, testInfo, t, `issue-${language}`);
    expect(paper).toContain(iqama);
  });
}

for (const [asking, answering] of [['ar', 'en'], ['en', 'ar']]) {
test(`a transfer asked by Golden Sands in ${name(asking)} and accepted by Al Nakheel in ${name(answering)}, in two browser contexts`, async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const goldenContext = await browser.newContext();
  const nakheelContext = await browser.newContext();
  const golden = await goldenContext.newPage();
  const nakheel = await nakheelContext.newPage();
  const to = await establishmentNumber(golden.request, 'nakheel.admin');
  const iqama = await transferCandidate(golden.request, to);
  const t = await signedIn(golden, asking);
  await golden.getByRole('link', { name: t.transfer, exact: true }).click();
  await securityCode(golden, t);
  await golden.getByLabel(t.iqama).fill(iqama);
  await golden.getByLabel(t.newEstablishment).fill(to);
  await axe(golden, asking, 'transfer: details');
  await golden.getByRole('button', { name: t.verifyData }).click();
  await expect(golden.getByText(t.nakheel).first()).toBeAttached();
  const request = await confirmAndRead(golden, t.transferSubmit, t.transferConfirm, t.transferDone, t.requestNumber);
  const paper = await printedText(golden, testInfo, t, `transfer-asked-${asking}`);
  expect(paper).toContain(request);

  const e = await signedIn(nakheel, answering, 'nakheel.admin');
  await nakheel.getByRole('link', { name: e.transfers }).click();
  await expect(nakheel.getByRole('tab', { name: e.incoming })).toHaveAttribute('aria-selected', 'true');
  await expect(nakheel.getByText(request).first()).toBeAttached();
  await axe(nakheel, answering, 'transfers');
  await nakheel.getByRole('link', { name: new RegExp(`${e.acceptFor}.*${request}`) }).click();
  await expect(nakheel).toHaveURL(new RegExp(`request=${request}`));
  await securityCode(nakheel, e);
  await nakheel.getByRole('button', { name: e.verifyData }).click();
  await expect(nakheel.getByText(e.fee2000).first()).toBeAttached();  // the fee, shown before confirming
  await confirmAndRead(nakheel, e.acceptSubmit, e.acceptConfirm, e.acceptDone, e.requestNumber);
  // The resident is Al Nakheel's now: its residents list finds them.
  await nakheel.goto(`/#/residents/${iqama}`);
  await expect(nakheel.getByText(iqama).first()).toBeAttached();
  await goldenContext.close();
  await nakheelContext.close();
});
}

test('a transfer declined by Al Nakheel stays with Golden Sands, and both see it declined', async ({ page }) => {
  const request = await pendingTransfer(page.request);
  const t = await signedIn(page, 'ar', 'nakheel.admin');
  await page.getByRole('link', { name: t.transfers }).click();
  await page.getByRole('link', { name: new RegExp(`${t.declineFor}.*${request}`) }).click();
  await securityCode(page, t);
  await page.getByRole('button', { name: t.verifyData }).click();
  await expect(page.getByRole('heading', { name: t.verified })).toBeVisible();
  await confirmAndRead(page, t.declineSubmit, t.declineConfirm, t.declineDone, t.requestNumber);
  await page.getByRole('link', { name: t.transfers }).click();
  await expect(page.getByText(request).first()).toBeAttached();
  await expect(page.getByRole('link', { name: new RegExp(request) })).toHaveCount(0);  // nothing left to answer
});

test('golden.clerk is offered exactly the services their permissions allow', async ({ page }) => {
  const t = await signedIn(page, 'ar', 'golden.clerk');
  for (const offered of [t.exitReentry, t.finalExit, t.residentReport]) {
    await expect(page.getByRole('link', { name: offered, exact: true })).toBeAttached();
  }
  for (const withheld of ['تجديد الإقامة', t.issueIqama, t.occupationChange, t.transfer, t.passportUpdate]) {
    await expect(page.getByRole('link', { name: withheld, exact: true })).toHaveCount(0);
  }
});

test('an address the app does not know says so, with a way home, in either language', async ({ page }) => {
  const t = await signedIn(page, 'en');
  await page.goto('/#/services/no-such-service');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await noSeriousViolations(page, 'not found');
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.establishment })).toBeVisible();
});
