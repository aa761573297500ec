// Opening the app the way a user does, and failing on anything the console complains about.
import { expect } from '@playwright/test';

// Starts collecting console errors and uncaught exceptions; returns the live list.
export function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

// Loads the app and waits until its first frame is on screen (window.muqeem.ready).
export async function openApp(page, path = '/') {
  await page.goto(path);
  await page.waitForFunction(() => window.muqeem && (window.muqeem.ready || window.muqeem.error));
  expect(await page.evaluate(() => window.muqeem.error)).toBeNull();
}
