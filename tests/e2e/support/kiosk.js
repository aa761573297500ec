// Kiosk helpers: a resident to work on, and typing by tapping the on-screen keyboard's keys.
import { expect } from './test.js';
import { apiSession, renewableIqama } from './journey.js';

export const KEYBOARD = {
  ar: { name: 'لوحة المفاتيح على الشاشة', shift: 'تبديل', erase: 'حذف', hide: 'إخفاء لوحة المفاتيح' },
  en: { name: 'On-screen keyboard', shift: 'Shift', erase: 'Delete', hide: 'Hide the keyboard' },
};

// A resident the demo establishment can renew, with the name the file shows.
export async function resident(request) {
  const { iqama } = await renewableIqama(request);
  const session = await apiSession(request);
  try {
    const file = await session.api(`/residents/${iqama}`);
    return { iqama, name: file.name };
  } finally {
    await session.close();
  }
}

// Types `text` into the focused field by tapping keys, as a person at the kiosk does: Shift before a
// capital, a shifted symbol or a hamza form on alef; "لا" (and لأ, لإ, لآ) is one key.
export async function tapKeys(page, text, words = KEYBOARD.ar) {
  const keyboard = page.getByRole('group', { name: words.name });
  await expect(keyboard).toBeAttached();
  for (const unit of text.match(/ل[اأإآ]|./gu)) {
    if (/^[A-Z@_!#$%^&*()]$|^ل?[أإآ]$/u.test(unit)) {
      await keyboard.getByRole('button', { name: words.shift, exact: true }).tap();
    }
    await keyboard.getByRole('button', { name: unit, exact: true }).tap();
  }
}

// The field is in view above the keyboard (not under it), and still has focus.
export async function expectAboveKeyboard(page, field, words = KEYBOARD.ar) {
  await expect(field).toBeFocused();
  const keys = page.getByRole('group', { name: words.name }).getByRole('button');
  await expect(keys.first()).toBeVisible();
  const tops = await keys.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().top));
  const box = await field.evaluate((e) => e.getBoundingClientRect().toJSON());
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(Math.min(...tops));
}
