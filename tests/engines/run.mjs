// `make test-engines`: the journeys (journeys.mjs) in Firefox ESR and WebKitGTK, and the "cannot run
// here" message in headless Firefox, against a reference portal of their own with the demo's data.
// Run under Xvfb (the Makefile does: xvfb-run), so both engines get WebGL 2 from Mesa. Prints each
// journey, the figures (time to a usable sign-in, idle frames) and `N passed, N failed` per engine.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { firefox, until, webkit } from './drivers.mjs';
import { JOURNEYS, UNSUPPORTED, portal } from './journeys.mjs';

const site = process.argv[2] || 'build/wasm/site';
const port = Number(process.env.MUQEEM_ENGINES_PORT || Number(process.env.MUQEEM_TEST_PORT || 8765) + 20);
const base = `http://127.0.0.1:${port}`;
const database = 'build/engines.db';
for (const suffix of ['', '-shm', '-wal']) rmSync(database + suffix, { force: true });
const server = spawn('build/native/src/portal/muqeem-portal',
  ['--port', String(port), '--site', site, '--database', database, '--demo'], { stdio: 'ignore' });
let failed = 0;
try {
  await until('the portal', () => fetch(`${base}/api/v1/config`).then((r) => r.ok), 20_000);
  const api = portal(base);
  const engines = [
    [() => firefox(), JOURNEYS],
    [() => webkit({ port: port + 1 }), JOURNEYS],
    [() => firefox({ headless: true }), [UNSUPPORTED]],
  ];
  for (const [launch, journeys] of engines) {
    const browser = await launch();
    const figures = {};
    let passed = 0, failures = 0;
    console.log(`\n${browser.name} ${browser.version}`);
    for (const [name, journey] of journeys) {
      const started = Date.now();
      try {
        if (failures) throw new Error('skipped: an earlier journey failed');
        await journey(browser, { base, api, figures });
        passed += 1;
        console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failures += 1;
        console.log(`  ✘ ${name}: ${error.message}`);
      }
    }
    if (browser.problems.length) {
      failures += 1;
      console.log(`  ✘ the console reported: ${browser.problems.join(' | ')}`);
    }
    if (figures.usableSignInMs !== undefined)
      console.log(`  figures: usable sign-in ${figures.usableSignInMs} ms, drawn ${figures.drawing === 'worker' ? 'on a worker' : 'in the page'}; idle frames in 2 s: ${figures.idleFrames}; ` +
        `the typed name ${figures.joined}`);
    console.log(`  ${browser.name}: ${passed} passed, ${failures} failed`);
    failed += failures;
    await browser.close();
  }
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
