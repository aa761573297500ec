// `make bench-startup`: how long until the sign-in is usable (its fields and its captcha on screen),
// for the app and for a plain HTML page with the same form, font and captcha (plain.html), served
// by the same muqeem-portal from a copy of the built site. Each is loaded fresh in a new browser
// context 5 times (and reloaded once in each: the repeat visit); the medians and the app's ratio to
// the plain page are printed. A benchmark, never a test: the figures depend on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startPortal } from './portal.mjs';

const RUNS = 5;
const site = process.argv[2] || 'build/wasm/site';
const here = path.dirname(new URL(import.meta.url).pathname);
const { base, folder, stop } = await startPortal(site, Number(process.env.BENCH_PORT || 8790));

// The plain page beside the site, using the site's own style sheet (so its fonts).
const sheet = fs.readdirSync(folder).find((name) => /^app\.[0-9a-f]{12}\.css$/.test(name));
fs.writeFileSync(path.join(folder, 'bench-plain.html'),
  fs.readFileSync(path.join(here, 'plain.html'), 'utf8').replace('bench-plain.css', sheet));
fs.copyFileSync(path.join(here, 'plain.js'), path.join(folder, 'bench-plain.js'));

// When the page is usable (its fields and its captcha on screen), in ms from the start of its
// navigation: for the app, either its early form (shell/early-sign-in.js) or its own.
const usable = {
  app: () => {
    if (window.muqeem && window.muqeem.signInUsableAt) return window.muqeem.signInUsableAt;
    const nodes = window.muqeem ? window.muqeem.semantics.nodes : [];
    return nodes.some((node) => node.role === 'img' && node.value) && nodes.some((node) => node.role === 'textbox')
      && performance.now();
  },
  plain: () => window.usableAt,
};
const address = { app: `${base}/#/sign-in`, plain: `${base}/bench-plain.html` };

async function measure(browser, kind) {
  const first = [];
  const repeat = [];
  for (let run = 0; run < RUNS; ++run) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ar-SA' });
    const page = await context.newPage();
    await page.goto(address[kind]);
    first.push(await (await page.waitForFunction(usable[kind], null, { polling: 5, timeout: 30_000 })).jsonValue());
    // The offline shell keeps the app's files once the app has started; a returning officer's visit.
    if (kind === 'app') {
      for (let tries = 0; tries < 300; ++tries) {
        const active = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !!(registration && registration.active && registration.active.state === 'activated');
        });
        if (active) break;
        await page.waitForTimeout(100);
      }
    }
    await page.reload();
    repeat.push(await (await page.waitForFunction(usable[kind], null, { polling: 5, timeout: 30_000 })).jsonValue());
    await context.close();
  }
  return { first, repeat };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

try {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  // Interleaved, so a slow moment of the machine is shared by both.
  const results = { plain: { first: [], repeat: [] }, app: { first: [], repeat: [] } };
  for (const kind of ['plain', 'app', 'plain', 'app']) {
    const { first, repeat } = await measure(browser, kind);
    results[kind].first.push(...first);
    results[kind].repeat.push(...repeat);
  }
  await browser.close();
  console.log(`Usable sign-in, ${RUNS * 2} loads each, headless Chromium on this machine (${os.cpus().length} cores):`);
  console.log('| | plain HTML page | app | ratio | goal |');
  console.log('|---|---|---|---|---|');
  for (const [visit, goal] of [['first', 2], ['repeat', 1.5]]) {
    const plain = median(results.plain[visit]);
    const app = median(results.app[visit]);
    console.log(`| ${visit} visit, median | ${ms(plain)} | ${ms(app)} | ${(app / plain).toFixed(2)}× | ≤ ${goal}× |`);
  }
  console.log(`all (ms): ${JSON.stringify(Object.fromEntries(Object.entries(results).map(([kind, v]) =>
    [kind, { first: v.first.map(Math.round), repeat: v.repeat.map(Math.round) }])))}`);
} finally {
  stop();
}
