// The site as it travels: through muqeem-portal and through nginx with the README's server block
// (deploy/nginx.conf, serving the static demo), each file the smallest copy the browser accepts,
// files named by content cached for a year, the page revalidated by its ETag, a missing file a 404;
// and the page's security headers the same from the portal, from nginx and in the static hosts'
// _headers file.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';

const demoOrigin = (baseURL) => { const url = new URL(baseURL); url.port = String(Number(url.port) + 1); return url.origin; };

for (const [server, origin] of [['muqeem-portal', (base) => new URL(base).origin], ['nginx (static demo)', demoOrigin]]) {
  test(`${server}: compressed copies, a year's caching for named files, 304 for the page`, async ({ request, baseURL }) => {
    const at = origin(baseURL);
    const manifest = await (await request.get(`${at}/manifest.json`)).json();
    expect(manifest.wasm).toMatch(/^muqeem(-demo)?\.[0-9a-f]{12}\.wasm$/);
    for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip'], ['identity', undefined]]) {
      const wasm = await request.get(`${at}/${manifest.wasm}`, { headers: { 'Accept-Encoding': encoding } });
      expect(wasm.status()).toBe(200);
      expect(wasm.headers()['content-encoding'], encoding).toBe(expected);
      expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      // Whatever came over the wire, the browser gets the wasm itself.
      const bytes = await wasm.body();
      expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
      expect(bytes.length).toBe(manifest.files.find((file) => file.path === manifest.wasm).bytes);
    }
    const page = await request.get(`${at}/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(page.headers()['cache-control']).toBe('no-cache');
    const tag = page.headers().etag;
    expect(tag).toBeTruthy();
    const again = await request.get(`${at}/`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': tag } });
    expect(again.status()).toBe(304);
    expect((await request.get(`${at}/muqeem.000000000000.wasm`)).status()).toBe(404);
  });
}

test('the page\'s security headers are the same from the portal, from nginx and in _headers', async ({ request, baseURL }) => {
  const names = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options',
    'cross-origin-opener-policy', 'cross-origin-resource-policy', 'permissions-policy'];
  const portal = (await request.get(`${baseURL}/`)).headers();
  const nginx = (await request.get(`${demoOrigin(baseURL)}/`)).headers();
  const file = readFileSync('build/wasm/demo-site/_headers', 'utf8');
  const fromFile = Object.fromEntries(file.split('\n/')[0].split('\n').slice(1)
    .map((line) => line.trim().split(/:\s(.*)/s)).map(([name, value]) => [name.toLowerCase(), value]));
  for (const name of names) {
    expect(portal[name], name).toBeTruthy();
    expect(nginx[name], `nginx: ${name}`).toBe(portal[name]);
    expect(fromFile[name], `_headers: ${name}`).toBe(portal[name]);
  }
});

test('a repeat visit takes the named files from the browser\'s cache', async ({ page }) => {
  await openApp(page, '/#/sign-in');
  // What Chromium itself says of each request (its DevTools protocol): from the network or its cache.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map(), cached = new Set(), fromNetwork = [];
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url));
  cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (response.fromDiskCache) cached.add(requestId);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const url = urls.get(requestId) || '';
    if (/\.[0-9a-f]{12}\.[a-z0-9]+$/.test(url) && !cached.has(requestId)) fromNetwork.push(`${url} (${encodedDataLength} bytes)`);
  });
  await page.reload();
  await page.waitForFunction(() => window.muqeem.ready);
  const named = [...urls.values()].filter((url) => /\.[0-9a-f]{12}\.[a-z0-9]+$/.test(url));
  expect(named.length).toBeGreaterThanOrEqual(11);  // wasm, glue, renderer, 4 fonts, 2 catalogues, scripts, the style sheet
  expect(fromNetwork).toEqual([]);
});
