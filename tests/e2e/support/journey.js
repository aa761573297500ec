// Steps of the officer's journey shared by the journey tests: the demo outbox stands in for the
// officer's eyes on the captcha and their phone (a demo-only endpoint, never on without --demo).
import { expect } from '@playwright/test';

export async function outbox(page) {
  const response = await page.request.get('/api/v1/demo/outbox');
  expect(response.status()).toBe(200);
  return response.json();
}

// The answer to the captcha the page shows now (the newest one the server issued).
export async function captchaAnswer(page) {
  const { captchas } = await outbox(page);
  return captchas[0].answer;
}

// The newest six-digit code sent by SMS (sign-in or transaction).
export async function latestCode(page) {
  const { messages } = await outbox(page);
  return messages[0].text.match(/\d{6}/)[0];
}

export async function signIn(page, t, { username = 'golden.admin', password = 'Muqeem@2026' } = {}) {
  await page.getByLabel(t.username).fill(username);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await expect(page.getByRole('img', { name: t.captchaImage })).toHaveAttribute('src', /^data:image\/svg/);
  await page.getByLabel(t.captcha).fill(await captchaAnswer(page));
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
  const code = page.getByLabel(t.code, { exact: true });
  await expect(code).toBeVisible();
  await code.fill(await latestCode(page));
  await page.getByRole('button', { name: t.verify, exact: true }).click();
}
