// `make lighthouse`: Lighthouse 12 (npm) with Debian's Chromium, default mobile settings (simulated
// slow 4G and a 4× slower CPU), on `#/sign-in` served by muqeem-portal. One run says little on a
// busy two-core machine (the same build moves by 0.1 from run to run), so it runs LIGHTHOUSE_RUNS
// times (5 unless told), each in a fresh browser, prints every run and the medians, and writes the
// median run's report to build/lighthouse.html (and .json).
//
// Chromium keeps its own graphics settings here: WebGL 2 (on SwiftShader, on the renderer's worker)
// with software compositing. The browser tests force ANGLE on SwiftShader (playwright.config.js);
// that puts the compositor itself on a software GL, and then every page's first frame waits
// 90–190 ms for the GPU process to make the compositor's context, on the page's thread. Lighthouse's
// simulation moves that wait after the first paint, where it counts as blocking: a plain HTML page
// with the app's font preloads scored 0.86–0.87 that way, 0.98–1 without (2026-12-07). To measure
// that way anyway: LIGHTHOUSE_CHROME_FLAGS='--use-angle=swiftshader --enable-unsafe-swiftshader'.
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startPortal } from './portal.mjs';

const site = process.argv[2] || 'build/wasm/site';
const runs = Math.max(1, Math.floor(Number(process.env.LIGHTHOUSE_RUNS) || 5));
const extraFlags = (process.env.LIGHTHOUSE_CHROME_FLAGS || '').split(' ').filter(Boolean);
const metrics = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'speed-index': 'SI',
  'cumulative-layout-shift': 'CLS',
  interactive: 'TTI',
};

async function runOnce(address) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', ...extraFlags],
  });
  try {
    return await lighthouse(address, {
      port: chrome.port,
      output: 'html',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      logLevel: 'error',
    });
  } finally {
    await chrome.kill();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const shown = (id, value) => (id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`);

const { base, stop } = await startPortal(site, Number(process.env.LIGHTHOUSE_PORT || 8791));
try {
  const address = `${base}/#/sign-in`;
  const results = [];
  for (let run = 1; run <= runs; ++run) {
    const result = await runOnce(address);
    const { categories, audits } = result.lhr;
    // A run where the app never started (no WebGL 2, a failed download) scores the page's notice.
    const marks = audits['user-timings']?.details?.items || [];
    if (categories.performance.score === null || !marks.some((mark) => mark.name === 'muqeem:ready')) {
      console.log(`run ${run}: the app did not start (no 'muqeem:ready' mark), not counted`);
      continue;
    }
    results.push(result);
    console.log(`run ${run}: performance ${categories.performance.score}, ` +
      Object.entries(metrics).map(([id, name]) => `${name} ${shown(id, audits[id].numericValue)}`).join(', '));
  }
  if (results.length === 0) throw new Error('the app started in none of the runs');
  const byScore = [...results].sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
  const middle = byScore[Math.floor(byScore.length / 2)];
  const { categories, audits } = middle.lhr;
  console.log(`Lighthouse ${middle.lhr.lighthouseVersion}, ${middle.lhr.configSettings.formFactor}, ${address}, ` +
    `${results.length} of ${runs} runs${extraFlags.length ? `, Chromium flags ${extraFlags.join(' ')}` : ''}:`);
  const scores = results.map((result) => result.lhr.categories.performance.score);
  console.log(`  Performance: median ${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)})`);
  for (const [id, name] of Object.entries(metrics)) {
    const values = results.map((result) => result.lhr.audits[id].numericValue);
    console.log(`  ${name}: median ${shown(id, median(values))} (${shown(id, Math.min(...values))}–${shown(id, Math.max(...values))})`);
  }
  for (const category of Object.values(categories)) {
    if (category.id === 'performance') continue;
    console.log(`  ${category.title} (median run): ${category.score}`);
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    failing: ${audit.id}: ${audit.title}`);
    }
  }
  fs.mkdirSync('build', { recursive: true });
  fs.writeFileSync('build/lighthouse.html', middle.report);
  fs.writeFileSync('build/lighthouse.json', JSON.stringify(middle.lhr, null, 1));
  console.log('  the median run\'s report: build/lighthouse.html, build/lighthouse.json');
} finally {
  stop();
}
