// `make lighthouse`: Lighthouse 12 (npm) with Debian's Chromium, default mobile settings (simulated
// slow 4G and a 4× slower CPU), on `#/sign-in` served by muqeem-portal; prints the scores and the
// metrics behind performance, and writes the full report to build/lighthouse.html (and .json).
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startPortal } from './portal.mjs';

const site = process.argv[2] || 'build/wasm/site';
const { base, stop } = await startPortal(site, Number(process.env.LIGHTHOUSE_PORT || 8791));
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const result = await lighthouse(`${base}/#/sign-in`, {
    port: chrome.port,
    output: 'html',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    logLevel: 'error',
  });
  fs.mkdirSync('build', { recursive: true });
  fs.writeFileSync('build/lighthouse.html', result.report);
  fs.writeFileSync('build/lighthouse.json', JSON.stringify(result.lhr, null, 1));
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.configSettings.formFactor}, ${base}/#/sign-in`);
  for (const category of Object.values(categories)) console.log(`  ${category.title}: ${category.score}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
    'cumulative-layout-shift', 'speed-index', 'interactive'])
    if (audits[id]) console.log(`  ${audits[id].title}: ${audits[id].displayValue} (score ${audits[id].score})`);
  for (const category of Object.values(categories)) {
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1 && category.id !== 'performance')
        console.log(`  ${category.id} failing: ${audit.id}: ${audit.title}`);
    }
  }
  console.log('  the report: build/lighthouse.html, build/lighthouse.json');
} finally {
  if (chrome) await chrome.kill();
  stop();
}
