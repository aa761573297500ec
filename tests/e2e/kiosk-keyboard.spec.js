// The kiosk's on-screen keyboard (issue 17), with touch and no hardware keyboard: the whole renewal
// in Arabic by taps only on a portrait kiosk, the username, password, captcha, codes and iqama number
// typed on the keyboard's keys (the digits pad for numbers); an Arabic name typed with the لا key and
// a hamza into the residents search on a landscape kiosk, and found. Keys type into the real inputs
// (their value is what the app validates), never take focus from the field, and the page scrolls
// the field above the keyboard. axe-core with the keyboard up, in both languages.
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { noSeriousViolations } from './support/axe.js';
import { captchaAnswer, latestCode, signIn } from './support/journey.js';
import { KEYBOARD, expectAboveKeyboard, resident, tapKeys } from './support/kiosk.js';

// Long enough that nobody is taken for gone while the test taps.
const SETTINGS = { idleSeconds: 600, warningSeconds: 30, language: 'ar' };

async function startKiosk(page, start) {
  await page.route('**/kiosk.json', (route) => route.fulfill({ json: SETTINGS }));
  await openApp(page, '/');
  await page.getByRole('button', { name: start }).tap();
}

test.describe('portrait kiosk', () => {
  test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });

  test('a renewal in Arabic by taps only, everything typed on the on-screen keyboard', async ({ page }) => {
    test.setTimeout(240_000);
    const { iqama } = await resident(page.request);
    await startKiosk(page, 'ابدأ بالعربية');

    // Sign in: the username, password and captcha on Latin letters (the page is Arabic).
    const username = page.getByLabel('اسم المستخدم');
    await username.tap();
    await expectAboveKeyboard(page, username);
    await noSeriousViolations(page, 'kiosk keyboard (Arabic)');
    await tapKeys(page, 'golden.admin');
    await expect(username).toHaveValue('golden.admin');
    const password = page.getByLabel('كلمة المرور', { exact: true });
    await password.tap();
    await tapKeys(page, 'Muqeem@2026');
    await expect(password).toHaveValue('Muqeem@2026');
    const captcha = page.getByLabel('الرمز الظاهر في الصورة');
    await expect(page.getByRole('img', { name: 'رمز التحقق المرئي' })).toHaveAttribute('src', /^data:image\/svg/);
    await captcha.tap();
    await expectAboveKeyboard(page, captcha);
    const answer = await captchaAnswer(page);
    await tapKeys(page, answer);
    await expect(captcha).toHaveValue(answer);
    await page.getByRole('button', { name: 'دخول', exact: true }).tap();

    // The SMS code on the digits pad: no letters on it.
    const smsCode = page.getByLabel('رمز التحقق', { exact: true });
    await smsCode.tap();
    await expect(page.getByRole('group', { name: KEYBOARD.ar.name }).getByRole('button', { name: 'ب' })).toHaveCount(0);
    await tapKeys(page, await latestCode(page));
    await page.getByRole('button', { name: 'تحقق', exact: true }).tap();

    // The renewal from the dashboard, every step by a tap.
    await page.getByRole('link', { name: 'تجديد الإقامة' }).tap();
    await page.getByRole('button', { name: 'أرسل رمز التحقق' }).tap();
    const code = page.getByLabel('رمز التحقق للمعاملة');
    await code.tap();
    await tapKeys(page, await latestCode(page));
    await page.getByRole('button', { name: 'متابعة', exact: true }).tap();
    const number = page.getByLabel('رقم الإقامة');
    await number.tap();
    await expectAboveKeyboard(page, number);
    // A wrong digit taken back with Delete, as a person would.
    await tapKeys(page, `${iqama}7`);
    await page.getByRole('group', { name: KEYBOARD.ar.name }).getByRole('button', { name: KEYBOARD.ar.erase }).tap();
    await expect(number).toHaveValue(iqama);
    await page.getByRole('button', { name: KEYBOARD.ar.hide }).tap();
    await expect(page.getByRole('group', { name: KEYBOARD.ar.name })).toHaveCount(0);
    await page.getByRole('radio', { name: '3 أشهر' }).tap();
    await page.getByRole('button', { name: 'تحقق من البيانات' }).tap();
    await expect(page.getByRole('heading', { name: 'البيانات بعد التحقق' })).toBeVisible();
    await page.getByRole('button', { name: 'تجديد', exact: true }).tap();
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد التجديد' }).tap();
    await expect(page.getByRole('status').filter({ hasText: 'تم تجديد الإقامة بنجاح' })).toBeAttached();
    await expect(page.getByText(iqama).first()).toBeAttached();
  });
});

test.describe('landscape kiosk', () => {
  test.use({ hasTouch: true, viewport: { width: 1920, height: 1080 } });

  test('an Arabic name typed with the لا key and a hamza is found', async ({ page }) => {
    test.setTimeout(120_000);
    await startKiosk(page, 'ابدأ بالعربية');
    await signIn(page, {
      username: 'اسم المستخدم', password: 'كلمة المرور', captcha: 'الرمز الظاهر في الصورة',
      captchaImage: 'رمز التحقق المرئي', signIn: 'دخول', code: 'رمز التحقق', verify: 'تحقق',
    });
    await page.getByRole('link', { name: 'المقيمون' }).first().tap();
    const search = page.getByLabel('البحث');
    await search.tap();
    await expectAboveKeyboard(page, search);
    await tapKeys(page, 'علاء');
    await expect(search).toHaveValue('علاء');
    // The keyboard's Enter searches, as Enter on a hardware keyboard presses the form's button.
    await page.getByRole('group', { name: KEYBOARD.ar.name }).getByRole('button', { name: 'إدخال' }).tap();
    const rows = page.getByRole('table').getByRole('row').filter({ hasText: 'علاء' });
    await expect(rows.first()).toBeAttached();
    // Every resident listed is one whose name begins so.
    const names = await page.getByRole('table').getByRole('row').allTextContents();
    expect(names.slice(1).every((row) => row.includes('علاء'))).toBe(true);

    // A list that opens under a field is scrolled above the keyboard with it, and typing brings it
    // back into view after the person scrolled it away.
    const nationality = page.getByRole('combobox', { name: 'الجنسية' });
    await nationality.tap();
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeAttached();
    await page.evaluate(() => window.scrollTo(0, 0));
    await tapKeys(page, 'ا');
    await expect.poll(async () => {
      const last = await options.last().evaluate((e) => e.getBoundingClientRect().bottom);
      const keys = page.getByRole('group', { name: KEYBOARD.ar.name }).getByRole('button');
      const tops = await keys.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().top));
      return last <= Math.min(...tops);
    }).toBe(true);
  });

  test('the keyboard in English passes axe-core, types English letters first and switches to Arabic', async ({ page }) => {
    await startKiosk(page, 'Start in English');
    const username = page.getByLabel('Username');
    await username.tap();
    await expectAboveKeyboard(page, username, KEYBOARD.en);
    await noSeriousViolations(page, 'kiosk keyboard (English)');
    await tapKeys(page, 'ab', KEYBOARD.en);
    await expect(username).toHaveValue('ab');
    await page.getByRole('button', { name: 'Arabic letters' }).tap();
    await tapKeys(page, 'لا', KEYBOARD.en);
    await expect(username).toHaveValue('abلا');
  });
});

// A kiosk on a narrow, short screen (a phone upright): every key is on screen, smaller, and a key at
// either end types; the switch key says "أبج" and is named by it too; the captcha, which the browser
// draws over the app's canvas, hides none of the keys it lies under. axe-core with it up.
test.describe('a phone-width kiosk', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 700 } });

  test('every key is on screen and the keys at both ends type', async ({ page }) => {
    await startKiosk(page, 'ابدأ بالعربية');
    const username = page.getByLabel('اسم المستخدم');
    await username.tap();
    const keys = page.getByRole('group', { name: KEYBOARD.ar.name }).getByRole('button');
    await expect(keys.first()).toBeVisible();
    const boxes = await keys.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON()));
    expect(boxes.length).toBeGreaterThan(40);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
    }
    await tapKeys(page, '1q0p');
    await expect(username).toHaveValue('1q0p');
    // The captcha lies under the keyboard here: what of it still shows (if any) ends where the keys begin.
    const captcha = await page.evaluate(() => {
      const image = document.querySelector('#overlay img');
      const keysTop = Math.min(...[...document.querySelectorAll('#overlay .key')].map((key) => key.getBoundingClientRect().top));
      const box = image.getBoundingClientRect();
      // inset(top [right [bottom [left]]]), as CSS writes it shortest.
      const inset = /^inset\((.*)\)$/.exec(getComputedStyle(image).clipPath);
      const sides = inset ? inset[1].split(' ').map(parseFloat) : [0];
      const cut = sides.length >= 3 ? sides[2] : sides[0];
      const shown = Math.max(0, box.height - cut);
      return { bottom: box.bottom, keysTop, shownBottom: shown > 0 ? box.top + shown : -Infinity };
    });
    expect(captcha.bottom, 'the captcha reaches under the keyboard').toBeGreaterThan(captcha.keysTop);
    expect(captcha.shownBottom).toBeLessThanOrEqual(captcha.keysTop + 1);
    await noSeriousViolations(page, 'kiosk keyboard on a phone');
    // A username is typed in Latin letters; the switch key, too narrow for its words, says "أبج".
    await page.getByRole('button', { name: 'أبج · الحروف العربية' }).tap();
    await expect(page.getByRole('group', { name: KEYBOARD.ar.name }).getByRole('button', { name: 'ب', exact: true })).toBeVisible();
  });
});
