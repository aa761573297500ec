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

// Signs in through the page. The captcha's answer and the SMS code come from the server's demo
// outbox unless `readCaptcha` / `readCode` (async, given the page) read them elsewhere: the static
// demo shows them in its own panel.
export async function signIn(page, t, {
  username = 'golden.admin', password = 'Muqeem@2026', readCaptcha = captchaAnswer, readCode = latestCode,
} = {}) {
  await page.getByLabel(t.username).fill(username);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  const picture = page.getByRole('img', { name: t.captchaImage });
  await expect(picture).toHaveAttribute('src', /^data:image\/svg/);
  await expect.poll(() => picture.evaluate((image) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  await page.getByLabel(t.captcha).fill(await readCaptcha(page));
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
  const code = page.getByLabel(t.code, { exact: true });
  await expect(code).toBeVisible();
  await code.fill(await readCode(page));
  await page.getByRole('button', { name: t.verify, exact: true }).click();
}

// A session of the test's own, through the API (the browser's token stays in the app's memory, out
// of reach, as it should): `api(path, options)` calls with it; `close()` signs it out.
export async function apiSession(request, username = 'golden.admin') {
  const call = (path, options = {}) => request.fetch(`/api/v1${path}`, options).then(async (response) => {
    expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
    return response.status() === 204 ? null : response.json();
  });
  const captcha = await call('/auth/captcha', { method: 'POST', data: {} });
  const { captchas } = await call('/demo/outbox');
  const answer = captchas.find((c) => c.captchaId === captcha.captchaId).answer;
  const challenge = await call('/auth/sign-in', {
    method: 'POST',
    data: { username, password: 'Muqeem@2026', captchaId: captcha.captchaId, captchaAnswer: answer },
  });
  const sms = (await call('/demo/outbox')).messages[0].text;
  const { token } = await call('/auth/verify-code', {
    method: 'POST', data: { challengeId: challenge.challengeId, code: sms.match(/\d{6}/)[0] },
  });
  const headers = { Authorization: `Bearer ${token}` };
  return {
    api: (path, options = {}) => call(path, { ...options, headers: { ...headers, ...(options.headers || {}) } }),
    close: () => call('/auth/sign-out', { method: 'POST', headers }),
  };
}

// The establishment's balance in halalas, as the server has it.
export async function balance(request) {
  const session = await apiSession(request);
  try {
    return (await session.api('/establishment')).balanceHalalas;
  } finally {
    await session.close();
  }
}

// A resident the demo establishment can renew now for the fee alone (no late fine).
export async function renewableIqama(request) {
  const session = await apiSession(request);
  try {
    const page = await session.api('/residents?expiringWithinDays=90&sort=iqamaExpiry,desc&size=100');
    for (const resident of page.content) {
      const quote = await session.api('/iqama-renewals/quote', {
        method: 'POST', data: { iqamaNumber: resident.iqamaNumber, durationMonths: 12 },
      });
      if (quote.eligible && quote.fees.length === 1) return { iqama: resident.iqamaNumber, quote };
    }
  } finally {
    await session.close();
  }
  throw new Error('no renewable resident among the 100 expiring soonest');
}
