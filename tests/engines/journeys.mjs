// The journeys every engine must walk (issue 20), against the reference portal with the demo's data:
// sign in (the captcha and the SMS code from the demo outbox), the dashboard idle, the residents list,
// a renewal through to its printed page, and Arabic typed into a field. Each throws on the first
// thing an officer would notice is wrong.
import { PNG } from 'pngjs';
import { until, xpath } from './drivers.mjs';

const WORDS = {
  username: 'اسم المستخدم', password: 'كلمة المرور', captcha: 'الرمز الظاهر في الصورة', signIn: 'دخول',
  code: 'رمز التحقق', verify: 'تحقق', services: 'الخدمات', residents: 'المقيمون', sendCode: 'أرسل رمز التحقق',
  transactionCode: 'رمز التحقق للمعاملة', next: 'متابعة', months12: '12 شهرًا', verifyData: 'تحقق من البيانات',
  verified: 'البيانات بعد التحقق', renew: 'تجديد', confirm: 'تأكيد التجديد', done: 'تم تجديد الإقامة بنجاح',
  print: 'طباعة', requestNumber: 'رقم الطلب', galleryName: 'الاسم',
};

export function portal(base) {
  const call = async (path, options = {}) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: options.method || 'GET',
      headers: { 'Content-Type': 'application/json', ...(options.headers || {}) },
      body: options.data ? JSON.stringify(options.data) : undefined,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.status === 204 ? null : response.json();
  };
  const outbox = () => call('/demo/outbox');
  return {
    outbox,
    captchaAnswer: async () => (await outbox()).captchas[0].answer,
    latestCode: async () => (await outbox()).messages[0].text.match(/\d{6}/)[0],
    // A resident the demo establishment can renew for 12 months for the fee alone.
    async renewableIqama() {
      const captcha = await call('/auth/captcha', { method: 'POST', data: {} });
      const answer = (await outbox()).captchas.find((c) => c.captchaId === captcha.captchaId).answer;
      const challenge = await call('/auth/sign-in', {
        method: 'POST', data: { username: 'golden.admin', password: 'Muqeem@2026', captchaId: captcha.captchaId, captchaAnswer: answer },
      });
      const code = (await outbox()).messages[0].text.match(/\d{6}/)[0];
      const { token } = await call('/auth/verify-code', { method: 'POST', data: { challengeId: challenge.challengeId, code } });
      const headers = { Authorization: `Bearer ${token}` };
      try {
        const page = await call('/residents?expiringWithinDays=90&sort=iqamaExpiry,desc&size=100', { headers });
        for (const { iqamaNumber } of page.content) {
          const quote = await call('/iqama-renewals/quote', { method: 'POST', headers, data: { iqamaNumber, durationMonths: 12 } });
          if (quote.eligible && quote.fees.length === 1) return iqamaNumber;
        }
      } finally {
        await call('/auth/sign-out', { method: 'POST', headers });
      }
      throw new Error('no renewable resident');
    },
  };
}

// The app's first frame, or its own message why it cannot start; on a time-out, what the page shows.
async function ready(browser) {
  try {
    await until('the app to start', () => browser.eval(() => window.muqeem && (window.muqeem.ready || window.muqeem.error)), 60_000);
  } catch (error) {
    const page = await browser.eval(() => JSON.stringify({
      url: window.location.href, readyState: document.readyState, muqeem: window.muqeem && { ready: window.muqeem.ready, frames: window.muqeem.frames },
      shown: ['loading', 'unsupported', 'failed'].filter((id) => document.getElementById(id) && !document.getElementById(id).hidden),
    })).catch((e) => `unreadable: ${e.message}`);
    throw new Error(`${error.message}; the page: ${page}`);
  }
}
const go = (browser, hash) => browser.eval((h) => { window.location.hash = h; }, hash);
const frames = (browser) => browser.eval(() => window.muqeem.frames);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// How wide the dark ink is inside `rect` of a PNG screenshot (CSS px at a pixel ratio of 1), the
// box's border and focus ring left out.
function inkWidth(png, rect) {
  const image = PNG.sync.read(png);
  const inset = 8;
  let left = Infinity, right = -Infinity;
  for (let y = Math.round(rect.y + inset); y < Math.round(rect.y + rect.height - inset); y++) {
    for (let x = Math.round(rect.x + inset); x < Math.round(rect.x + rect.width - inset); x++) {
      const i = (y * image.width + x) * 4;
      if (765 - (image.data[i] + image.data[i + 1] + image.data[i + 2]) > 200) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return right >= left ? right - left + 1 : 0;
}

// Each journey: a name and a function of (browser, context); `figures` collects what is measured.
export const JOURNEYS = [
  ['the sign-in is usable, and signing in reaches the dashboard', async (browser, { base, api, figures }) => {
    await browser.eval(() => localStorage.setItem('muqeem.language', 'ar')).catch(() => {});
    const started = Date.now();
    await browser.navigate(`${base}/#/sign-in`);
    await ready(browser);
    const error = await browser.eval(() => window.muqeem.error);
    if (error) throw new Error(`the app did not start: ${error}`);
    await until('the username field', () => browser.exists(xpath.field(WORDS.username)));
    figures.usableSignInMs = Date.now() - started;
    figures.drawing = await browser.eval(() => window.muqeem.drawing);
    await browser.type(xpath.field(WORDS.username), 'golden.admin');
    await browser.type(xpath.field(WORDS.password), 'Muqeem@2026');
    await browser.type(xpath.field(WORDS.captcha), await api.captchaAnswer());
    await browser.click(xpath.button(WORDS.signIn));
    await until('the code step', () => browser.exists(xpath.field(WORDS.code)));  // the SMS is sent by then
    await browser.type(xpath.field(WORDS.code), await api.latestCode());
    await browser.click(xpath.button(WORDS.verify));
    await until('the dashboard', () => browser.exists(xpath.heading(2, WORDS.services)));
  }],
  ['an idle dashboard draws no frame', async (browser, { figures }) => {
    await sleep(800);  // the few frames after the last change
    const before = await frames(browser);
    await sleep(2000);
    figures.idleFrames = (await frames(browser)) - before;
    if (figures.idleFrames !== 0) throw new Error(`${figures.idleFrames} frames in 2 s with nothing happening`);
  }],
  ['the residents list shows a page of residents', async (browser) => {
    await go(browser, '#/residents');
    await until('the residents heading', () => browser.exists(xpath.heading(1, WORDS.residents)));
    const rows = await until('rows', async () => {
      const count = await browser.eval(() => document.querySelectorAll('#overlay [role="row"]').length);
      return count > 1 ? count : 0;
    });
    if (rows < 2) throw new Error('no resident rows');
  }],
  ['an iqama is renewed and its result printed', async (browser, { api }) => {
    const iqama = await api.renewableIqama();
    await go(browser, `#/services/renew-iqama?iqama=${iqama}`);
    await browser.click(xpath.button(WORDS.sendCode));
    await until('the code field', () => browser.exists(xpath.field(WORDS.transactionCode)));
    await browser.type(xpath.field(WORDS.transactionCode), await api.latestCode());
    await browser.click(xpath.button(WORDS.next));
    await browser.click(xpath.field(WORDS.months12));
    await browser.click(xpath.button(WORDS.verifyData));
    await until('the verified details', () => browser.exists(xpath.heading(2, WORDS.verified)));
    await browser.click(xpath.button(WORDS.renew));
    await browser.click(xpath.button(WORDS.confirm));
    await until('the result', () => browser.exists(xpath.text(WORDS.done)), 30_000);
    const reference = await browser.eval((label) => {
      const line = [...document.querySelectorAll('#overlay p')].find((p) => p.textContent.includes(label));
      return line ? (line.textContent.match(/\d{6,}/) || [null])[0] : null;
    }, WORDS.requestNumber);
    if (!reference) throw new Error('no request number on the result');
    // The print path: the sheet is laid out, then the browser's dialog would open (not in a test).
    await browser.eval(() => { window.print = () => { window.muqeem.printed = true; }; });
    await browser.click(xpath.button(WORDS.print));
    const sheet = await until('the printed sheet', () => browser.eval(() => window.muqeem.printed && document.getElementById('print')?.textContent), 20_000);
    if (!sheet.includes(reference) || !sheet.includes(iqama)) throw new Error('the printed sheet lacks the request or iqama number');
  }],
  ['Arabic typed into a field reaches the app as typed, and is drawn joined', async (browser, { figures }) => {
    await go(browser, '#/gallery');
    // Typed, then measured as the app draws it; the same letters kept apart by zero-width
    // non-joiners take their isolated forms, which are wider: joined, the name is clearly narrower.
    const drawnWidth = async (text) => {
      await browser.type(xpath.field(WORDS.galleryName), text);
      await until('the app to hold the typed name', () => browser.eval((t) =>
        window.muqeem.semantics.nodes.some((node) => node.id === 'gallery.name' && node.value === t), text));
      await sleep(300);  // drawn a frame after it is held
      return inkWidth(await browser.screenshot(), await browser.eval((label) => {
        const field = [...document.querySelectorAll('#overlay label')].find((l) => l.textContent.trim() === label)?.control;
        const rect = field.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }, WORDS.galleryName));
    };
    const joined = await drawnWidth('محمد عبدالله');
    const apart = await drawnWidth([...'محمد عبدالله'].join('\u200c'));
    figures.joined = `${joined} px joined, ${apart} px apart`;
    if (!(joined > 40 && joined < 0.9 * apart)) throw new Error(`drawn ${joined} px joined against ${apart} px apart`);
  }],
];

// Without WebGL 2 (headless Firefox): the page's own message, in both languages, naming what is missing.
export const UNSUPPORTED = ['without WebGL 2 the page says so in Arabic and English', async (browser, { base }) => {
  await browser.navigate(`${base}/#/sign-in`);
  await ready(browser);
  const state = await browser.eval(() => ({
    error: window.muqeem.error,
    shown: !document.getElementById('unsupported').hidden,
    text: document.getElementById('unsupported').textContent,
    feature: document.getElementById('unsupported-feature').textContent,
  }));
  if (!state.shown || state.error !== 'unsupported: WebGL 2' || state.feature !== 'WebGL 2')
    throw new Error(`unexpected: ${JSON.stringify(state)}`);
  if (!/لا يمكن تشغيل/.test(state.text) || !/cannot run/.test(state.text)) throw new Error('the message is not in both languages');
}];
