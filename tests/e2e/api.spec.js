// The portal API over real HTTP against the running server: the sign-in journey, the residents list,
// the establishment, iqama renewal, its printed result and the public check of a printed code, every
// response validated against assets/api/openapi.yaml (the contract), with Ajv.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import YAML from 'yaml';
import { schemaFor, templateFor, violation } from './support/contract.js';

// Calls the API and checks the answer against the contract; returns the parsed body. `as` names the
// contract's path template when `path` fills in its parameters.
async function call(request, method, path, { data, token, params, status, headers = {}, as } = {}) {
  const response = await request.fetch(`/api/v1${path}`, {
    method: method.toUpperCase(), data, params,
    headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (status) expect(response.status(), `${method.toUpperCase()} ${path}`).toBe(status);
  const schema = schemaFor(as || templateFor(path), method, response.status());
  if (!schema) return null;
  const body = await response.json();
  expect(violation(schema, body), `${method.toUpperCase()} ${path} ${response.status()}`).toBe('');
  return body;
}

async function signIn(request, username) {
  const captcha = await call(request, 'post', '/auth/captcha', { data: {}, status: 201 });
  const outbox = await call(request, 'get', '/demo/outbox', { status: 200 });
  const answer = outbox.captchas.find((c) => c.captchaId === captcha.captchaId).answer;
  const challenge = await call(request, 'post', '/auth/sign-in', {
    data: { username, password: 'Muqeem@2026', captchaId: captcha.captchaId, captchaAnswer: answer }, status: 200,
  });
  const sms = (await call(request, 'get', '/demo/outbox', { status: 200 })).messages[0].text;
  const code = sms.match(/\d{6}/)[0];
  return call(request, 'post', '/auth/verify-code', { data: { challengeId: challenge.challengeId, code }, status: 200 });
}

test('signing in, listing residents and signing out all follow the contract', async ({ request }) => {
  const session = await signIn(request, 'golden.admin');
  const page = await call(request, 'get', '/residents', {
    token: session.token, params: { query: 'Moh', sort: 'iqamaExpiry,asc', size: 10 }, status: 200,
  });
  expect(page.content.length).toBeGreaterThan(0);
  for (const resident of page.content) expect(resident.name.en.startsWith('Moh')).toBe(true);
  await call(request, 'get', `/residents/${page.content[0].iqamaNumber}`, { token: session.token, status: 200 });
  for (const kind of ['nationalities', 'occupations']) {
    const list = await call(request, 'get', `/lookups/${kind}`, { status: 200 });
    expect(list.length).toBeGreaterThan(5);
  }
  const expiring = await call(request, 'get', '/residents', { token: session.token, params: { expiringWithinDays: 30 }, status: 200 });
  expect(expiring.totalElements).toBeGreaterThan(0);
  await request.post('/api/v1/auth/sign-out', { headers: { Authorization: `Bearer ${session.token}` } });
  await call(request, 'get', '/residents', { token: session.token, status: 401 });
});

test('bad requests are problems the contract describes, in Arabic and English', async ({ request }) => {
  const missing = await call(request, 'post', '/auth/sign-in', { data: { username: 'golden.admin' }, status: 400 });
  expect(missing.errors.map((e) => e.field)).toEqual(['password', 'captchaId', 'captchaAnswer']);
  expect(missing.title.ar).toMatch(/[\u0600-\u06FF]/);
  const wrongCaptcha = await call(request, 'post', '/auth/sign-in', {
    data: { username: 'golden.admin', password: 'x', captchaId: 'nope', captchaAnswer: 'nope' }, status: 400,
  });
  expect(wrongCaptcha.type).toContain('wrong-captcha');
  await call(request, 'get', '/residents', { status: 401 });
});

test('the server date comes in both calendars, as the contract says', async ({ request }) => {
  const config = await call(request, 'get', '/config', { status: 200 });
  const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(new Date(`${config.date}T00:00:00Z`));
  const part = (type) => hijri.find((p) => p.type === type).value;
  // The browser's own Umm al-Qura calendar agrees with the server's table.
  expect(config.hijriDate).toBe(`${part('year').split(' ')[0]}-${part('month')}-${part('day')}`);
});

test('the contract itself is served', async ({ request }) => {
  const response = await request.get('/openapi.yaml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('yaml');
  expect(YAML.parse(await response.text()).openapi).toBe('3.1.0');
});

// The newest six-digit code the demo outbox shows (sign-in and security codes alike).
async function lastCode(request) {
  const sms = (await call(request, 'get', '/demo/outbox', { status: 200 })).messages[0].text;
  return sms.match(/\d{6}/)[0];
}

// Quotes residents expiring soon until one can be renewed; returns its iqama number and quote.
async function renewableResident(request, token) {
  const page = await call(request, 'get', '/residents', {
    token, params: { expiringWithinDays: 90, sort: 'iqamaExpiry,desc', size: 100 }, status: 200,
  });
  for (const resident of page.content) {
    const quote = await call(request, 'post', '/iqama-renewals/quote', {
      token, data: { iqamaNumber: resident.iqamaNumber, durationMonths: 12 }, status: 200,
    });
    if (quote.eligible) return { iqamaNumber: resident.iqamaNumber, quote };
  }
  throw new Error('no renewable resident among the 100 expiring soonest');
}

test('the establishment page and renewal quotes follow the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const establishment = await call(request, 'get', '/establishment', { token, status: 200 });
  expect(establishment.name.en).toBe('Golden Sands Contracting Co.');
  expect(establishment.dashboard.residents).toBe(3000);
  expect(establishment.dashboard.expiringWithin90Days).toBeGreaterThanOrEqual(establishment.dashboard.expiringWithin30Days);

  const { quote } = await renewableResident(request, token);
  expect(quote.problems).toEqual([]);
  expect(quote.fees[0]).toMatchObject({ code: 'iqama-fee', amountHalalas: 65000 }); // SAR 650 a year
  expect(quote.sponsor.en).toBe('Golden Sands Contracting Co.');

  // Residents far from their expiry cannot renew yet; the quote says so in both languages.
  const later = await call(request, 'get', '/residents', { token, params: { sort: 'iqamaExpiry,desc', size: 1 }, status: 200 });
  const early = await call(request, 'post', '/iqama-renewals/quote', {
    token, data: { iqamaNumber: later.content[0].iqamaNumber, durationMonths: 12 }, status: 200,
  });
  expect(early.eligible).toBe(false);
  expect(early.problems.map((p) => p.code)).toContain('not-yet-due');
  expect(early.problems[0].ar).toMatch(/[\u0600-\u06FF]/);

  await call(request, 'post', '/iqama-renewals/quote', { token, data: { iqamaNumber: '2000000007', durationMonths: 12 }, status: 400 });
  await call(request, 'post', '/iqama-renewals/quote', { data: { iqamaNumber: '2000000007', durationMonths: 12 }, status: 401 });
  await call(request, 'get', '/establishment', { status: 401 });
});

test('renewing an iqama: security code, idempotent retry, one charge, problems per the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const { iqamaNumber, quote } = await renewableResident(request, token);
  const before = (await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas;

  const sent = await call(request, 'post', '/auth/security-code', { token, data: { operation: 'iqama-renewal' }, status: 201 });
  expect(sent.maskedMobile).toMatch(/^05\*+\d{2}$/);
  const code = await lastCode(request);
  const wrong = `${(Number(code[0]) + 1) % 10}${code.slice(1)}`;
  const key = `e2e-${Date.now()}`;
  const body = { iqamaNumber, durationMonths: 12 };

  await call(request, 'post', '/iqama-renewals', { token, data: { ...body, securityCode: code }, status: 400 }); // no key
  const refused = await call(request, 'post', '/iqama-renewals', {
    token, data: { ...body, securityCode: wrong }, headers: { 'Idempotency-Key': key }, status: 400,
  });
  expect(refused.errors[0].field).toBe('securityCode');

  const renewed = await call(request, 'post', '/iqama-renewals', {
    token, data: { ...body, securityCode: code }, headers: { 'Idempotency-Key': key }, status: 201,
  });
  expect(renewed.requestNumber).toMatch(/^03\d{8}$/);
  expect(renewed.newExpiry).toBe(quote.newExpiry);
  expect(renewed.totalHalalas).toBe(quote.totalHalalas);

  const replay = await call(request, 'post', '/iqama-renewals', {
    token, data: { ...body, securityCode: code }, headers: { 'Idempotency-Key': key }, status: 201,
  });
  expect(replay.requestNumber).toBe(renewed.requestNumber);
  const after = (await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas;
  expect(after).toBe(before - renewed.totalHalalas);

  const reused = await call(request, 'post', '/iqama-renewals', {
    token, data: { ...body, durationMonths: 6, securityCode: code }, headers: { 'Idempotency-Key': key }, status: 422,
  });
  expect(reused.type).toContain('idempotency-key-reused');
  // Renewed for a year, the iqama is no longer within the renewal window.
  await call(request, 'post', '/auth/security-code', { token, data: { operation: 'iqama-renewal' }, status: 201 });
  const again = await call(request, 'post', '/iqama-renewals', {
    token, data: { ...body, securityCode: await lastCode(request) }, headers: { 'Idempotency-Key': `${key}-2` }, status: 422,
  });
  expect(again.type).toContain('not-eligible');
});

test('a renewal prints with a QR code that scans to its check, which anyone can make', async ({ request, page, baseURL }, testInfo) => {
  const { token } = await signIn(request, 'golden.admin');
  const { iqamaNumber } = await renewableResident(request, token);
  await call(request, 'post', '/auth/security-code', { token, data: { operation: 'iqama-renewal' }, status: 201 });
  const renewed = await call(request, 'post', '/iqama-renewals', {
    token, data: { iqamaNumber, durationMonths: 12, securityCode: await lastCode(request) },
    headers: { 'Idempotency-Key': `e2e-print-${Date.now()}` }, status: 201,
  });
  const printPath = `/iqama-renewals/${renewed.requestNumber}`;
  const printed = await call(request, 'get', printPath, { token, as: '/iqama-renewals/{requestNumber}', status: 200 });
  expect(printed.renewal).toEqual(renewed);
  expect(printed.establishment.name.en).toBe('Golden Sands Contracting Co.');
  const { code, url, qrSvg } = printed.verification;
  expect(url).toBe(`${baseURL}/#/verify?code=${code}`);
  const again = await call(request, 'get', printPath, { token, as: '/iqama-renewals/{requestNumber}', status: 200 });
  expect(again.verification.code).toBe(code); // every print carries the same code while it is valid

  // The browser draws the SVG as the print page would; ZBar reads the picture as a phone would.
  await page.setContent(`<img id="qr" alt="" width="330" height="330" src="data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}">`);
  const picture = testInfo.outputPath('qr.png');
  await page.locator('#qr').screenshot({ path: picture });
  expect(execFileSync('zbarimg', ['--quiet', '--raw', picture], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()).toBe(url);

  const verified = await call(request, 'get', `/public/verifications/${code}`, { as: '/public/verifications/{code}', status: 200 });
  expect(verified).toMatchObject({
    documentKind: 'iqama-renewal', requestNumber: renewed.requestNumber, iqamaNumber: `******${iqamaNumber.slice(-4)}`,
    name: renewed.name, newExpiry: renewed.newExpiry, issuer: printed.establishment.name, issuedOn: printed.requestedOn,
  });
  expect(JSON.stringify(verified)).not.toContain(iqamaNumber);
  const unknown = await call(request, 'get', '/public/verifications/0123456789ABCDEF', { as: '/public/verifications/{code}', status: 404 });
  expect(unknown.title.ar).toMatch(/[\u0600-\u06FF]/);

  const other = await signIn(request, 'nakheel.admin');
  await call(request, 'get', printPath, { token: other.token, as: '/iqama-renewals/{requestNumber}', status: 404 });
  await call(request, 'get', printPath, { as: '/iqama-renewals/{requestNumber}', status: 401 });
});

test('the sign-in code can be resent after a wait, and refusals say the tries left', async ({ request }) => {
  const captcha = await call(request, 'post', '/auth/captcha', { data: {}, status: 201 });
  const answer = (await call(request, 'get', '/demo/outbox', { status: 200 })).captchas.find((c) => c.captchaId === captcha.captchaId).answer;
  const challenge = await call(request, 'post', '/auth/sign-in', {
    data: { username: 'golden.admin', password: 'Muqeem@2026', captchaId: captcha.captchaId, captchaAnswer: answer }, status: 200,
  });
  expect(challenge).toMatchObject({ attemptsLeft: 3, resendsLeft: 3 });
  expect(challenge.resendAvailableAt - challenge.expiresAt).toBe(60 - 5 * 60); // a minute's wait, five minutes' validity

  const early = await request.post('/api/v1/auth/resend-code', { data: { challengeId: challenge.challengeId } });
  expect(early.status()).toBe(429);
  expect(Number(early.headers()['retry-after'])).toBeGreaterThan(0);
  expect(Number(early.headers()['retry-after'])).toBeLessThanOrEqual(60);
  const tooEarly = await early.json();
  expect(violation(schemaFor('/auth/resend-code', 'post', 429), tooEarly)).toBe('');
  expect(tooEarly.resendAvailableAt).toBe(challenge.resendAvailableAt);
  expect(tooEarly.title.ar).toMatch(/[\u0600-\u06FF]/);

  const code = await lastCode(request);
  const wrong = await call(request, 'post', '/auth/verify-code', {
    data: { challengeId: challenge.challengeId, code: `${(Number(code[0]) + 1) % 10}${code.slice(1)}` }, status: 400,
  });
  expect(wrong.type).toContain('wrong-code');
  expect(wrong.attemptsLeft).toBe(2);
  await call(request, 'post', '/auth/verify-code', { data: { challengeId: challenge.challengeId, code }, status: 200 });
  const used = await call(request, 'post', '/auth/resend-code', { data: { challengeId: challenge.challengeId }, status: 400 });
  expect(used.type).toContain('sign-in-unusable');
});

test('every signed-in answer says when the session ends, and staying signed in extends it', async ({ request }) => {
  const session = await signIn(request, 'golden.admin');
  const headers = { Authorization: `Bearer ${session.token}` };
  const list = await request.get('/api/v1/residents?size=1', { headers });
  const end = Number(list.headers()['session-expires-at']);
  expect(end).toBeGreaterThanOrEqual(session.expiresAt);
  expect(end - Math.floor(Date.now() / 1000)).toBeGreaterThan(14 * 60); // fifteen idle minutes from now
  const refused = await request.get('/api/v1/residents/2000000007', { headers });
  expect(refused.status()).toBe(400);
  expect(refused.headers()['session-expires-at']).toBeTruthy();
  expect((await request.get('/api/v1/residents')).headers()['session-expires-at']).toBeUndefined();

  const extended = await call(request, 'post', '/auth/session/extend', { token: session.token, data: {}, status: 200 });
  expect(extended.expiresAt).toBeGreaterThanOrEqual(end);
  await call(request, 'post', '/auth/session/extend', { data: {}, status: 401 });
  await request.post('/api/v1/auth/sign-out', { headers });
  await call(request, 'post', '/auth/session/extend', { token: session.token, data: {}, status: 401 });
});

test('each dashboard count opens a list of exactly that many, and a file shows its tabs', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const { dashboard } = await call(request, 'get', '/establishment', { token, status: 200 });
  const total = async (params) => (await call(request, 'get', '/residents', { token, params: { size: 1, ...params }, status: 200 })).totalElements;
  expect(await total({ status: 'expired' })).toBe(dashboard.iqamasExpired);
  expect(await total({ status: 'valid', expiringWithinDays: 30 })).toBe(dashboard.expiringWithin30Days);
  expect(await total({ status: 'valid', expiringWithinDays: 60 })).toBe(dashboard.expiringWithin60Days);
  expect(await total({ status: 'valid', expiringWithinDays: 90 })).toBe(dashboard.expiringWithin90Days);
  expect(await total({ status: 'valid' }) + dashboard.iqamasExpired).toBe(dashboard.residents);
  const bad = await call(request, 'get', '/residents', { token, params: { status: 'gone' }, status: 400 });
  expect(bad.errors[0].field).toBe('status');

  // The demo gives about one resident in seven a visa and three in ten a family: the first page has some.
  const page = await call(request, 'get', '/residents', { token, params: { size: 60 }, status: 200 });
  const files = [];
  for (const resident of page.content) {
    files.push(await call(request, 'get', `/residents/${resident.iqamaNumber}`, { token, as: '/residents/{iqamaNumber}', status: 200 }));
  }
  expect(files.some((file) => file.visas.length > 0)).toBe(true);
  expect(files.some((file) => file.dependants.length > 0)).toBe(true);
  expect(files.some((file) => file.trafficViolations.length > 0)).toBe(true);
  const dependant = files.find((file) => file.dependants.length > 0).dependants[0];
  expect(dependant.relationship.ar).toMatch(/[\u0600-\u06FF]/);
  expect(dependant.name.ar).toMatch(/[\u0600-\u06FF]/);
});

test('a resident report prints with a QR code its public check answers for', async ({ request, page, baseURL }, testInfo) => {
  const { token } = await signIn(request, 'golden.admin');
  const { content: [resident] } = await call(request, 'get', '/residents', { token, params: { size: 1 }, status: 200 });
  const key = `e2e-report-${Date.now()}`;
  const report = await call(request, 'post', '/resident-reports', {
    token, data: { iqamaNumber: resident.iqamaNumber }, headers: { 'Idempotency-Key': key }, status: 201,
  });
  expect(report.resident.iqamaNumber).toBe(resident.iqamaNumber);
  expect(report.resident.iqamaExpiry).toBe(resident.iqamaExpiry);
  expect(report.establishment.name.en).toBe('Golden Sands Contracting Co.');
  const replay = await call(request, 'post', '/resident-reports', {
    token, data: { iqamaNumber: resident.iqamaNumber }, headers: { 'Idempotency-Key': key }, status: 201,
  });
  expect(replay.reportNumber).toBe(report.reportNumber);
  const reprintPath = `/resident-reports/${report.reportNumber}`;
  const reprinted = await call(request, 'get', reprintPath, { token, as: '/resident-reports/{reportNumber}', status: 200 });
  expect(reprinted).toEqual(report);

  const { code, url, qrSvg } = report.verification;
  expect(url).toBe(`${baseURL}/#/verify?code=${code}`);
  await page.setContent(`<img id="qr" alt="" width="330" height="330" src="data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}">`);
  const picture = testInfo.outputPath('report-qr.png');
  await page.locator('#qr').screenshot({ path: picture });
  expect(execFileSync('zbarimg', ['--quiet', '--raw', picture], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()).toBe(url);
  const verified = await call(request, 'get', `/public/verifications/${code}`, { as: '/public/verifications/{code}', status: 200 });
  expect(verified).toMatchObject({
    documentKind: 'resident-report', title: { ar: 'تقرير مقيم', en: 'Resident report' }, requestNumber: report.reportNumber,
    iqamaNumber: `******${resident.iqamaNumber.slice(-4)}`, iqamaExpiry: resident.iqamaExpiry, issuedOn: report.issuedOn,
  });

  const other = await signIn(request, 'nakheel.admin');
  await call(request, 'get', reprintPath, { token: other.token, as: '/resident-reports/{reportNumber}', status: 404 });
  await call(request, 'post', '/resident-reports', {
    token: other.token, data: { iqamaNumber: resident.iqamaNumber }, headers: { 'Idempotency-Key': `${key}-other` }, status: 404,
  });
  const bad = await call(request, 'post', '/resident-reports', {
    token, data: { iqamaNumber: "2' OR '1'='1" }, headers: { 'Idempotency-Key': `${key}-bad` }, status: 400,
  });
  expect(bad.errors[0].field).toBe('iqamaNumber');
});

test('every report follows the contract, agrees with the dashboard and exports as CSV', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const { dashboard } = await call(request, 'get', '/establishment', { token, status: 200 });
  const report = (name, params = {}, status = 200) => call(request, 'get', `/reports/${name}`, { token, params, status });

  const residents = await report('residents', { size: 50 });
  expect(residents.totalElements).toBe(dashboard.residents);
  expect(residents.breakdown.groups.reduce((sum, group) => sum + group.count, 0)).toBe(dashboard.residents);
  expect((await report('iqama-expiry', { status: 'expired', size: 5 })).totalElements).toBe(dashboard.iqamasExpired);
  for (const days of [30, 60, 90]) {
    const expiring = await report('iqama-expiry', { status: 'valid', expiringWithinDays: days, size: 200 });
    expect(expiring.totalElements).toBe(dashboard[`expiringWithin${days}Days`]);
    expect(expiring.content.every((row) => row.daysLeft >= 0 && row.daysLeft <= days)).toBe(true);
  }
  const visas = await report('visas', { from: '2025-01-01', to: '2026-12-31', sort: 'issuedOn,asc' });
  expect(visas.totalElements).toBeGreaterThan(0);
  const payments = await report('payments');
  const renewals = await report('iqama-renewals', { sort: 'renewedOn,desc' });
  expect(payments.totals.feesHalalas).toBeGreaterThanOrEqual(renewals.totals.feesHalalas);
  for (const name of ['iqama-issues', 'occupation-changes', 'transfers', 'visa-transactions', 'final-exits']) {
    const page = await report(name, { size: 200 });
    expect(page.report).toBe(name);
    expect(page.content.length).toBe(Math.min(page.totalElements, 200));
    if (page.totals.feesHalalas !== undefined) expect(payments.totals.feesHalalas).toBeGreaterThanOrEqual(page.totals.feesHalalas);
  }
  expect((await report('final-exits')).totalElements).toBe((await report('visas', { type: 'final-exit' })).totalElements);

  const csv = await request.get('/api/v1/reports/iqama-expiry', {
    params: { status: 'expired', format: 'csv', lang: 'en' }, headers: { Authorization: `Bearer ${token}` },
  });
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Iqama number,Name,Nationality,Occupation,Iqama expiry,Iqama expiry (Hijri),Days left,Iqama status');
  expect(lines.length - 1).toBe(dashboard.iqamasExpired);

  const bad = await report('payments', { from: '2026-02-01', to: '2026-01-01' }, 400);
  expect(bad.errors[0].field).toBe('to');
  expect(bad.errors[0].message.ar).toMatch(/[\u0600-\u06FF]/);
  await call(request, 'get', '/reports/visas', { status: 401 });
});

const pdf = Buffer.from('%PDF-1.4\n% a scanned receipt\n%%EOF\n').toString('base64');

test('Tawasul: raising with attachments, the list, a request, a reply and a download follow the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const key = `e2e-tawasul-${Date.now()}`;
  const data = {
    category: 'technical',
    description: 'تعذر حفظ التجديد\nThe renewal could not be saved',
    context: { operation: 'iqama-renewal', problemType: 'https://muqeem.example/problems/store-failure', problemTitle: 'تعذر إكمال الطلب' },
    attachments: [{ fileName: 'receipt.pdf', contentBase64: pdf }],
  };
  const raised = await call(request, 'post', '/tawasul/requests', { token, data, headers: { 'Idempotency-Key': key }, status: 201 });
  expect(raised.status.ar).toBe('تحت المعالجة');
  expect(raised.applicant.username).toBe('golden.admin');
  expect(raised.attachments[0]).toMatchObject({ fileName: 'receipt.pdf', mediaType: 'application/pdf' });
  const replay = await call(request, 'post', '/tawasul/requests', { token, data, headers: { 'Idempotency-Key': key }, status: 201 });
  expect(replay.requestNumber).toBe(raised.requestNumber);

  const list = await call(request, 'get', '/tawasul/requests', { token, params: { size: 50 }, status: 200 });
  expect(list.content[0].requestNumber).toBe(raised.requestNumber); // newest first
  const returned = await call(request, 'get', '/tawasul/requests', { token, params: { status: 'returned-to-applicant' }, status: 200 });
  expect(returned.totalElements).toBe(1);
  const one = await call(request, 'get', `/tawasul/requests/${returned.content[0].requestNumber}`, {
    token, as: '/tawasul/requests/{requestNumber}', status: 200,
  });
  expect(one.replies[0].author).toBe('support');
  const answered = await call(request, 'post', `/tawasul/requests/${one.requestNumber}/replies`, {
    token, as: '/tawasul/requests/{requestNumber}/replies', headers: { 'Idempotency-Key': `${key}-reply` },
    data: { text: 'أرفقت الإيصال', attachments: [{ fileName: 'receipt.pdf', contentBase64: pdf }] }, status: 201,
  });
  expect(answered.status.code).toBe('returned-by-applicant');

  const download = await request.get(`/api/v1/tawasul/requests/${raised.requestNumber}/attachments/${raised.attachments[0].id}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect((await download.body()).toString('base64')).toBe(pdf);

  const wrongType = await call(request, 'post', '/tawasul/requests', {
    token, headers: { 'Idempotency-Key': `${key}-gif` }, status: 400,
    data: { ...data, attachments: [{ fileName: 'photo.gif', contentBase64: Buffer.from('GIF89a').toString('base64') }] },
  });
  expect(wrongType.errors[0].field).toBe('attachments[0]');
  expect(wrongType.errors[0].message.ar).toMatch(/[\u0600-\u06FF]/);

  const other = await signIn(request, 'nakheel.admin');
  await call(request, 'get', `/tawasul/requests/${raised.requestNumber}`, {
    token: other.token, as: '/tawasul/requests/{requestNumber}', status: 404,
  });
  await call(request, 'get', '/tawasul/requests', { status: 401 });
});

test('users and permissions: the primary user adds and grants, a restricted user is refused, per the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const users = await call(request, 'get', '/users', { token, status: 200 });
  // Its own users (others' tests may have added colleagues), never another establishment's.
  const usernames = users.content.map((u) => u.username);
  expect(usernames).toEqual(expect.arrayContaining(['golden.admin', 'golden.clerk']));
  expect(usernames).not.toContain('nakheel.admin');
  const person = await call(request, 'post', '/users/verification', {
    token, data: { idNumber: '1045678917', birthDate: '1993-03-21' }, status: 200,
  });
  expect(person.name.en).toBe('Noura Al-Dosari');
  await call(request, 'post', '/users/verification', { token, data: { idNumber: '1045678917', birthDate: '1993-03-22' }, status: 422 });

  const added = await call(request, 'post', '/users', {
    token, headers: { 'Idempotency-Key': `e2e-user-${Date.now()}` }, status: 201,
    data: { idNumber: '1045678917', birthDate: '1993-03-21', email: 'noura@golden-sands.sa', permissions: ['reports'], securityCode: await codeFor(request, token, 'user-add') },
  });
  expect(added.status.code).toBe('pending-activation');
  const activated = await call(request, 'post', '/public/user-activations', {
    data: { username: '1045678917', activationCode: await lastCode(request), password: 'Noura2026pass' }, status: 200,
  });
  expect(activated.username).toBe('1045678917');
  const granted = await call(request, 'put', '/users/1045678917/permissions', {
    token, as: '/users/{username}/permissions', headers: { 'Idempotency-Key': `e2e-grant-${Date.now()}` }, status: 200,
    data: { permissions: ['iqama-renewal', 'reports'], securityCode: await codeFor(request, token, 'user-permissions') },
  });
  expect(granted.permissions.map((p) => p.code)).toEqual(['iqama-renewal', 'reports']);

  const clerk = await signIn(request, 'golden.clerk');
  const notPrimary = await call(request, 'get', '/users', { token: clerk.token, status: 403 });
  expect(notPrimary.type).toContain('primary-user-required');
  const noPermission = await call(request, 'post', '/auth/security-code', { token: clerk.token, data: { operation: 'iqama-renewal' }, status: 403 });
  expect(noPermission.title.ar).toContain('تجديد الإقامة');
});

test('public requests and their lookups follow the contract, without signing in', async ({ request }) => {
  const cities = await call(request, 'get', '/lookups/cities', { status: 200 });
  expect(cities).toContainEqual({ code: 'riyadh', ar: 'الرياض', en: 'Riyadh' });
  for (const kind of ['permissions', 'tawasul-categories', 'tawasul-statuses', 'establishment-types', 'registration-types']) {
    const list = await call(request, 'get', `/lookups/${kind}`, { status: 200 });
    expect(list.length).toBeGreaterThan(1);
  }
  const receipt = await call(request, 'post', '/public/subscription-requests', {
    data: { companyName: 'مؤسسة النور للتجارة', applicantName: 'Noura Al-Dosari', city: 'dammam', mobile: '0503334455', email: 'noura@alnoor.sa', package: 'comprehensive' },
    status: 201,
  });
  expect(receipt.package.ar).toBe('شامل');
  const refused = await call(request, 'post', '/public/subscription-requests', {
    data: { companyName: "x'; DROP TABLE subscription_request; --", applicantName: 'A', city: 'atlantis', mobile: '1', email: 'x', package: 'gold' }, status: 400,
  });
  expect(refused.errors.map((e) => e.field)).toEqual(['companyName', 'city', 'mobile', 'email', 'package']);

  const challenge = await call(request, 'post', '/public/registrations', {
    data: { registrationType: 'new-primary-user', establishmentType: 'company', idType: 'iqama', idNumber: '2512345675', birthDate: '1988-07-09', mobile: '0504445566' },
    status: 201,
  });
  const code = await lastCode(request);
  const captcha = await call(request, 'post', '/auth/captcha', { data: {}, status: 201 });
  const answer = (await call(request, 'get', '/demo/outbox', { status: 200 })).captchas.find((c) => c.captchaId === captcha.captchaId).answer;
  const registered = await call(request, 'post', `/public/registrations/${challenge.registrationId}/confirmation`, {
    as: '/public/registrations/{registrationId}/confirmation', data: { code, captchaId: captcha.captchaId, captchaAnswer: answer }, status: 201,
  });
  expect(registered.maskedIdNumber).toBe('******5675');
});

// A security code for one transaction, asked for and read from the demo outbox.
async function codeFor(request, token, operation) {
  await call(request, 'post', '/auth/security-code', { token, data: { operation }, status: 201 });
  return lastCode(request);
}

test('a new arrival gets an iqama by border number, once, per the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const arrivals = await call(request, 'get', '/new-arrivals', { token, params: { size: 100 }, status: 200 });
  expect(arrivals.totalElements).toBeGreaterThan(20);
  const person = { name: { ar: 'خوسيه سانتوس', en: 'Jose Santos' }, mobile: '0551234567', occupationCode: 'TEC', nationalityCode: 'PHL', durationMonths: 12 };
  const quotes = [];
  for (const arrival of arrivals.content) {
    quotes.push(await call(request, 'post', '/iqama-issues/quote', { token, data: { ...person, borderNumber: arrival.borderNumber }, status: 200 }));
  }
  // The demo has arrivals with every step done, some missing one, and some past the 90 days.
  const ready = quotes.find((q) => q.eligible && q.daysSinceEntry <= 90);
  expect(ready.fees).toEqual([expect.objectContaining({ code: 'iqama-fee', amountHalalas: 65000 })]);
  const late = quotes.find((q) => q.eligible && q.daysSinceEntry > 90);
  expect(late.totalHalalas).toBe(65000 + 50000);
  const problems = quotes.flatMap((q) => q.problems.map((p) => p.code));
  expect(problems).toEqual(expect.arrayContaining(['no-medical-exam', 'no-fingerprint', 'no-medical-insurance']));

  const before = (await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas;
  const body = { ...person, borderNumber: ready.borderNumber };
  const key = `e2e-issue-${Date.now()}`;
  const issued = await call(request, 'post', '/iqama-issues', {
    token, data: { ...body, securityCode: await codeFor(request, token, 'iqama-issue') }, headers: { 'Idempotency-Key': key }, status: 201,
  });
  const replay = await call(request, 'post', '/iqama-issues', {
    token, data: { ...body, securityCode: '000000' }, headers: { 'Idempotency-Key': key }, status: 201,
  });
  expect(replay.iqamaNumber).toBe(issued.iqamaNumber);
  expect((await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas).toBe(before - 65000);
  const file = await call(request, 'get', `/residents/${issued.iqamaNumber}`, { token, as: '/residents/{iqamaNumber}', status: 200 });
  expect(file.name).toEqual(person.name);

  const bad = await call(request, 'post', '/iqama-issues/quote', {
    token, data: { ...body, name: { ar: 'Jose', en: "Robert'); DROP TABLE resident;--" }, mobile: '123' }, status: 400,
  });
  expect(bad.errors.map((e) => e.field)).toEqual(['name.ar', 'name.en', 'mobile']);
  const other = await signIn(request, 'nakheel.admin');
  const hidden = await call(request, 'post', '/iqama-issues/quote', { token: other.token, data: { ...body, borderNumber: quotes[1].borderNumber }, status: 404 });
  expect(hidden.type).toContain('arrival-not-found');
});

test('a change of occupation needs Qiwa\'s approval and costs SAR 2,000, per the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const page = await call(request, 'get', '/residents', { token, params: { size: 100, sort: 'iqamaNumber' }, status: 200 });
  let approved = null;
  let refused = null;
  for (const resident of page.content) {
    const quote = await call(request, 'post', '/occupation-changes/quote', { token, data: { iqamaNumber: resident.iqamaNumber, occupationCode: 'ACC' }, status: 200 });
    if (quote.qiwaApprovedOccupation && quote.qiwaApprovedOccupation.code !== resident.occupation.code) approved = approved || quote;
    else if (!quote.qiwaApprovedOccupation && quote.problems.length === 1) refused = refused || quote;
    if (approved && refused) break;
  }
  expect(refused.problems.map((p) => p.code)).toContain('not-approved-in-qiwa');
  const notApproved = await call(request, 'post', '/occupation-changes', {
    token, data: { iqamaNumber: refused.iqamaNumber, occupationCode: 'ACC', securityCode: await codeFor(request, token, 'occupation-change') },
    headers: { 'Idempotency-Key': `e2e-occ-no-${Date.now()}` }, status: 422,
  });
  expect(notApproved.errors[0].message.en).toContain('Qiwa');

  const occupationCode = approved.qiwaApprovedOccupation.code;
  const quote = await call(request, 'post', '/occupation-changes/quote', { token, data: { iqamaNumber: approved.iqamaNumber, occupationCode }, status: 200 });
  expect(quote).toMatchObject({ eligible: true, totalHalalas: 200000 });
  const changed = await call(request, 'post', '/occupation-changes', {
    token, data: { iqamaNumber: approved.iqamaNumber, occupationCode, securityCode: await codeFor(request, token, 'occupation-change') },
    headers: { 'Idempotency-Key': `e2e-occ-${Date.now()}` }, status: 201,
  });
  expect(changed.occupation.code).toBe(occupationCode);
  expect(changed.requestNumber).toMatch(/^12\d{8}$/);
});

test('a transfer of services is asked by one establishment and accepted by the other, per the contract', async ({ request }) => {
  const golden = await signIn(request, 'golden.admin');
  const nakheel = await signIn(request, 'nakheel.admin');
  const page = await call(request, 'get', '/residents', { token: golden.token, params: { size: 50, sort: 'nameAr' }, status: 200 });
  const quotes = [];
  for (const resident of page.content) {
    const quote = await call(request, 'post', '/service-transfers/quote', {
      token: golden.token, data: { iqamaNumber: resident.iqamaNumber, newEstablishmentNumber: '7009876543' }, status: 200,
    });
    if (quote.eligible) quotes.push(quote);
    if (quotes.length === 2) break;
  }
  const [moving, staying] = quotes;
  expect([200000, 400000, 600000]).toContain(moving.totalHalalas);
  const ask = async (quote, key) => call(request, 'post', '/service-transfers', {
    token: golden.token,
    data: { iqamaNumber: quote.iqamaNumber, newEstablishmentNumber: '7009876543', securityCode: await codeFor(request, golden.token, 'service-transfer') },
    headers: { 'Idempotency-Key': key }, status: 201,
  });
  const asked = await ask(moving, `e2e-transfer-${Date.now()}`);
  const askedToo = await ask(staying, `e2e-transfer-2-${Date.now()}`);
  expect(asked.status.code).toBe('pending');

  const incoming = await call(request, 'get', '/service-transfers', { token: nakheel.token, params: { direction: 'incoming', status: 'pending' }, status: 200 });
  expect(incoming.content.map((t) => t.requestNumber)).toEqual(expect.arrayContaining([asked.requestNumber, askedToo.requestNumber]));
  await call(request, 'get', `/residents/${moving.iqamaNumber}`, { token: nakheel.token, as: '/residents/{iqamaNumber}', status: 404 });
  await call(request, 'post', `/service-transfers/${asked.requestNumber}/accept`, {
    token: golden.token, data: { securityCode: await codeFor(request, golden.token, 'service-transfer-accept') },
    headers: { 'Idempotency-Key': `e2e-self-${Date.now()}` }, as: '/service-transfers/{requestNumber}/accept', status: 404,
  });

  const before = (await call(request, 'get', '/establishment', { token: nakheel.token, status: 200 })).balanceHalalas;
  const accepted = await call(request, 'post', `/service-transfers/${asked.requestNumber}/accept`, {
    token: nakheel.token, data: { securityCode: await codeFor(request, nakheel.token, 'service-transfer-accept') },
    headers: { 'Idempotency-Key': `e2e-yes-${Date.now()}` }, as: '/service-transfers/{requestNumber}/accept', status: 200,
  });
  expect(accepted.status.code).toBe('accepted');
  const declined = await call(request, 'post', `/service-transfers/${askedToo.requestNumber}/decline`, {
    token: nakheel.token, data: { securityCode: await codeFor(request, nakheel.token, 'service-transfer-decline') },
    headers: { 'Idempotency-Key': `e2e-no-${Date.now()}` }, as: '/service-transfers/{requestNumber}/decline', status: 200,
  });
  expect(declined.status.code).toBe('declined');
  expect((await call(request, 'get', '/establishment', { token: nakheel.token, status: 200 })).balanceHalalas).toBe(before - moving.totalHalalas);
  await call(request, 'get', `/residents/${moving.iqamaNumber}`, { token: nakheel.token, as: '/residents/{iqamaNumber}', status: 200 });
  await call(request, 'get', `/residents/${moving.iqamaNumber}`, { token: golden.token, as: '/residents/{iqamaNumber}', status: 404 });
  const seen = await call(request, 'get', `/service-transfers/${asked.requestNumber}`, { token: golden.token, as: '/service-transfers/{requestNumber}', status: 200 });
  expect(seen.status.code).toBe('accepted');
  const outgoing = await call(request, 'get', '/service-transfers', { token: golden.token, params: { direction: 'outgoing' }, status: 200 });
  expect(outgoing.totalElements).toBeGreaterThanOrEqual(2);
  await call(request, 'get', '/service-transfers', { token: golden.token, params: { direction: 'sideways' }, status: 400 });
});

test('a passport update checks its dates and puts the new passport on the record, per the contract', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const resident = (await call(request, 'get', '/residents', { token, params: { size: 1, sort: 'nameEn,desc' }, status: 200 })).content[0];
  const today = (await call(request, 'get', '/config', { status: 200 })).date;
  const years = (n) => `${Number(today.slice(0, 4)) + n}${today.slice(4)}`;
  const body = { iqamaNumber: resident.iqamaNumber, passportNumber: 'e2e 12345', issuingCountry: 'IND' };
  const bad = await call(request, 'post', '/passport-updates', {
    token, data: { ...body, issueDate: years(1), expiryDate: years(-1), securityCode: await codeFor(request, token, 'passport-update') },
    headers: { 'Idempotency-Key': `e2e-pass-bad-${Date.now()}` }, status: 400,
  });
  expect(bad.errors.map((e) => e.field)).toEqual(['issueDate', 'expiryDate', 'expiryDate']);
  expect(bad.errors[0].message.ar).toMatch(/[\u0600-\u06FF]/);
  const updated = await call(request, 'post', '/passport-updates', {
    token, data: { ...body, issueDate: years(-1), expiryDate: years(9), securityCode: await codeFor(request, token, 'passport-update') },
    headers: { 'Idempotency-Key': `e2e-pass-${Date.now()}` }, status: 201,
  });
  expect(updated.passport.number).toBe('E2E12345');
  const file = await call(request, 'get', `/residents/${resident.iqamaNumber}`, { token, as: '/residents/{iqamaNumber}', status: 200 });
  expect(file.passport).toEqual({
    number: 'E2E12345', expiry: years(9), issuedOn: years(-1), issuingCountry: { code: 'IND', ar: 'الهند', en: 'India' },
  });
});

// Quotes residents (longest-valid iqamas first) until one can have an exit/re-entry visa; returns its
// iqama number and quote.
async function visaReadyResident(request, token) {
  const page = await call(request, 'get', '/residents', { token, params: { sort: 'iqamaExpiry,desc', size: 60 }, status: 200 });
  for (const resident of page.content) {
    const quote = await call(request, 'post', '/exit-reentry-visas/quote', {
      token, data: { iqamaNumber: resident.iqamaNumber, type: 'single', durationDays: 60 }, status: 200,
    });
    if (quote.eligible) return { iqamaNumber: resident.iqamaNumber, quote };
  }
  throw new Error('no resident ready for a visa among the 60 with the longest iqamas');
}

test('an exit/re-entry visa: quote, issue once, list, extend, print, check publicly, cancel', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  const { iqamaNumber, quote } = await visaReadyResident(request, token);
  expect(quote.totalHalalas).toBe(20000); // single, up to two months: SAR 200
  expect(quote.fees[0].code).toBe('exit-reentry-fee');
  const before = (await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas;

  await call(request, 'post', '/auth/security-code', { token, data: { operation: 'exit-reentry-visa' }, status: 201 });
  const code = await lastCode(request);
  const key = `e2e-erv-${Date.now()}`;
  const body = { iqamaNumber, type: 'single', durationDays: 60 };
  const wrong = await call(request, 'post', '/exit-reentry-visas', {
    token, data: { ...body, securityCode: `${(Number(code[0]) + 1) % 10}${code.slice(1)}` }, headers: { 'Idempotency-Key': `${key}-w` }, status: 400,
  });
  expect(wrong.errors[0].field).toBe('securityCode');
  const issued = await call(request, 'post', '/exit-reentry-visas', { token, data: { ...body, securityCode: code }, headers: { 'Idempotency-Key': key }, status: 201 });
  const replay = await call(request, 'post', '/exit-reentry-visas', { token, data: { ...body, securityCode: code }, headers: { 'Idempotency-Key': key }, status: 201 });
  expect(replay).toEqual(issued);
  expect(issued.chargedHalalas).toBe(20000);
  expect((await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas).toBe(before - 20000);
  const visa = issued.visa.visaNumber;

  const listed = await call(request, 'get', '/visas', { token, params: { iqamaNumber }, status: 200 });
  expect(listed.content[0].visaNumber).toBe(visa);
  await call(request, 'get', `/visas/${visa}`, { token, as: '/visas/{visaNumber}', status: 200 });
  const other = await signIn(request, 'nakheel.admin');
  await call(request, 'get', `/visas/${visa}`, { token: other.token, as: '/visas/{visaNumber}', status: 404 });
  await call(request, 'post', '/exit-reentry-visas/quote', { token: other.token, data: body, status: 404 });

  const extensionQuote = await call(request, 'post', `/visas/${visa}/extension/quote`, {
    token, data: { additionalDays: 30 }, as: '/visas/{visaNumber}/extension/quote', status: 200,
  });
  expect(extensionQuote.totalHalalas).toBe(10000); // a third month at SAR 100
  await call(request, 'post', '/auth/security-code', { token, data: { operation: 'exit-reentry-extension' }, status: 201 });
  const extended = await call(request, 'post', `/visas/${visa}/extension`, {
    token, data: { additionalDays: 30, securityCode: await lastCode(request) }, headers: { 'Idempotency-Key': `${key}-ext` },
    as: '/visas/{visaNumber}/extension', status: 201,
  });
  expect(extended.visa.expiresOn).toBe(extensionQuote.expiresOn);

  const printed = await call(request, 'get', `/visas/${visa}/document`, { token, as: '/visas/{visaNumber}/document', status: 200 });
  const verified = await call(request, 'get', `/public/verifications/${printed.verification.code}`, { as: '/public/verifications/{code}', status: 200 });
  expect(verified).toMatchObject({
    documentKind: 'visa', requestNumber: visa, iqamaNumber: `******${iqamaNumber.slice(-4)}`,
    visa: { type: { code: 'exit-reentry-single' }, status: { code: 'issued' }, expiresOn: extended.visa.expiresOn },
  });

  const file = await call(request, 'get', `/residents/${iqamaNumber}`, { token, as: '/residents/{iqamaNumber}', status: 200 });
  const validity = await call(request, 'post', '/public/visa-validity', { data: { visaNumber: visa, passportNumber: file.passport.number }, status: 200 });
  expect(validity).toMatchObject({ visaNumber: visa, status: { code: 'valid' }, durationDays: 90 });
  const byIqama = await call(request, 'post', '/public/visa-validity', { data: { iqamaNumber, birthDate: file.birthDate }, status: 200 });
  expect(byIqama.visaNumber).toBe(visa);
  const wrongCheck = await request.post('/api/v1/public/visa-validity', { data: { visaNumber: visa, passportNumber: 'X0000000' } });
  const unknown = await request.post('/api/v1/public/visa-validity', { data: { visaNumber: '6999999999', passportNumber: file.passport.number } });
  expect(wrongCheck.status()).toBe(404);
  expect(await wrongCheck.text()).toBe(await unknown.text()); // a wrong cross-check tells nothing about the number
  await call(request, 'post', '/public/visa-validity', { data: { visaNumber: visa }, status: 400 });

  await call(request, 'post', `/visas/${visa}/cancellation/quote`, { token, data: {}, as: '/visas/{visaNumber}/cancellation/quote', status: 200 });
  await call(request, 'post', '/auth/security-code', { token, data: { operation: 'visa-cancellation' }, status: 201 });
  const cancelled = await call(request, 'post', `/visas/${visa}/cancellation`, {
    token, data: { securityCode: await lastCode(request) }, headers: { 'Idempotency-Key': `${key}-cancel` },
    as: '/visas/{visaNumber}/cancellation', status: 201,
  });
  expect(cancelled.visa.status.code).toBe('cancelled');
  const after = await call(request, 'post', '/public/visa-validity', { data: { visaNumber: visa, passportNumber: file.passport.number }, status: 200 });
  expect(after.status.code).toBe('cancelled');
  expect((await call(request, 'get', '/establishment', { token, status: 200 })).balanceHalalas).toBe(before - 30000); // not refunded
});

test('a final exit is free, and a registered vehicle stands in its way', async ({ request }) => {
  const { token } = await signIn(request, 'golden.admin');
  // A resident in the Kingdom with a vehicle: the demo gives one licence holder in nine a vehicle.
  const page = await call(request, 'get', '/residents', { token, params: { size: 200 }, status: 200 });
  let owner = null;
  for (const resident of page.content) {
    const file = await call(request, 'get', `/residents/${resident.iqamaNumber}`, { token, as: '/residents/{iqamaNumber}', status: 200 });
    if (file.vehicles.length > 0 && file.insideKingdom) { owner = file; break; }
  }
  expect(owner).not.toBeNull();
  expect(owner.vehicles[0].plate.ar).toMatch(/[\u0600-\u06FF]/);
  const blocked = await call(request, 'post', '/final-exits/quote', { token, data: { iqamaNumber: owner.iqamaNumber }, status: 200 });
  expect(blocked.problems.map((p) => p.code)).toContain('vehicle-registered');

  let iqamaNumber = null;
  for (const resident of page.content) {
    const quote = await call(request, 'post', '/final-exits/quote', { token, data: { iqamaNumber: resident.iqamaNumber }, status: 200 });
    if (quote.eligible) { iqamaNumber = resident.iqamaNumber; expect(quote.fees).toEqual([]); break; }
  }
  expect(iqamaNumber).not.toBeNull();
  await call(request, 'post', '/auth/security-code', { token, data: { operation: 'final-exit' }, status: 201 });
  const issued = await call(request, 'post', '/final-exits', {
    token, data: { iqamaNumber, securityCode: await lastCode(request) }, headers: { 'Idempotency-Key': `e2e-fe-${Date.now()}` }, status: 201,
  });
  expect(issued).toMatchObject({ chargedHalalas: 0, visa: { type: { code: 'final-exit' }, durationDays: 60 } });
  await call(request, 'post', '/final-exits', { token, data: { iqamaNumber: "2' OR 1=1 --", securityCode: '123456' }, headers: { 'Idempotency-Key': `e2e-fe-bad-${Date.now()}` }, status: 400 });
});
