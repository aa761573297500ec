// Browser end-to-end tests: Debian's Chromium, headless, against the real server (muqeem-portal)
// serving the built site, and (project static-demo) the static demo from nginx (deploy/nginx.conf).
// `make test` runs them after the native tests.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.MUQEEM_TEST_PORT || 8765);
// The static demo is served by nginx with deploy/nginx.conf, with no portal behind it.
const demoPort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1, // SwiftShader renders WebGL on the CPU; two cores are better spent on one browser
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'build/test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'ar-SA',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // WebGL2 on SwiftShader with no GPU, and no background traffic to hosts this machine cannot reach.
      args: [
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'portal', testIgnore: /demo\.spec\.js/ },
    { name: 'static-demo', testMatch: /demo\.spec\.js/, use: { baseURL: `http://127.0.0.1:${demoPort}` } },
  ],
  webServer: [
    {
      command: `rm -f build/e2e.db* && build/native/src/portal/muqeem-portal --port ${port} --site build/wasm/site --database build/e2e.db --demo`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
    },
    {
      // Debian's nginx with the README's server block (deploy/nginx.conf): the static demo as a host serves it.
      command: `scripts/serve-nginx ${demoPort} build/wasm/demo-site`,
      url: `http://127.0.0.1:${demoPort}/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
