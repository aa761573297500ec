// Moving through the page with the keyboard alone, as a person without a pointer does.
import { expect } from '@playwright/test';

// Presses Tab until the focused control's accessible name (or its label) matches; fails after 40.
export async function tabTo(page, name) {
  for (let i = 0; i < 40; ++i) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return '';
      const labelled = element.id && document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
      return (labelled ? labelled.textContent : element.textContent || element.getAttribute('aria-label') || '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

// Every control a 44 px target and inside a screen `width` wide (tables scroll inside themselves).
export async function controlsFit(page, width) {
  const controls = await page.evaluate(() => [...document.querySelectorAll('#overlay .control')]
    .filter((e) => !e.closest('[role="table"]'))
    .map((e) => { const r = e.getBoundingClientRect(); return { name: e.textContent || e.id, left: r.left, right: r.right, height: r.height }; }));
  for (const control of controls) {
    expect(control.height, control.name).toBeGreaterThanOrEqual(44);
    expect(control.left, control.name).toBeGreaterThanOrEqual(0);
    expect(control.right, control.name).toBeLessThanOrEqual(width);
  }
}
