// One small interface over the two ways the engines are driven, so the journeys are written once:
// Firefox ESR through puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through
// selenium-webdriver and WebKitWebDriver (W3C WebDriver). Controls are found the way the Playwright
// tests find them, by their labels and names, here with XPath over the overlay's real elements
// (labels tied to inputs with `for`, buttons and links by their text).
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';

const OVERLAY = '//form[@id="overlay"]';
const quote = (text) => (text.includes('"') ? `'${text}'` : `"${text}"`);
export const xpath = {
  field: (label) => `${OVERLAY}//input[@id=${OVERLAY}//label[normalize-space()=${quote(label)}]/@for]`,
  button: (name) => `${OVERLAY}//button[normalize-space()=${quote(name)}]`,
  link: (name) => `${OVERLAY}//a[normalize-space()=${quote(name)}]`,
  heading: (level, name) => `${OVERLAY}//h${level}[normalize-space()=${quote(name)}]`,
  text: (text) => `${OVERLAY}//*[contains(normalize-space(), ${quote(text)})]`,
  rows: () => `${OVERLAY}//*[@role="row"]`,
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls `probe` until it returns something truthy; throws `what` after `timeout` ms.
export async function until(what, probe, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// Firefox ESR (Debian's), headful under Xvfb so WebGL 2 comes from Mesa; headless it has no WebGL.
export async function firefox({ headless = false } = {}) {
  // Headless with a display at hand, Firefox still finds WebGL through it: without one, it has none.
  const env = { ...process.env };
  if (headless) delete env.DISPLAY;
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless, env,
    defaultViewport: { width: 1280, height: 900 }, timeout: 60_000,
  });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const find = async (path) => (await page.$$(`::-p-xpath(${path})`))[0] || null;
  return {
    name: headless ? 'Firefox ESR, headless' : 'Firefox ESR',
    version: await browser.version(),
    problems,
    navigate: (url) => page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }),
    eval: (fn, ...args) => page.evaluate(fn, ...args),
    screenshot: async () => Buffer.from(await page.screenshot()),
    exists: async (path) => Boolean(await find(path)),
    click: async (path) => (await until(path, () => find(path))).click(),
    type: async (path, text) => {
      const input = await until(path, () => find(path));
      await input.click();
      await input.evaluate((element) => { element.select(); });
      await page.keyboard.press('Backspace');
      await input.type(text);
    },
    close: () => browser.close(),
  };
}

// WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb.
export async function webkit({ port = 8950 } = {}) {
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await until('WebKitWebDriver', () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok), 10_000);
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
  }).build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  const capabilities = await driver.getCapabilities();
  const find = async (path) => (await driver.findElements(By.xpath(path)))[0] || null;
  const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  return {
    name: 'WebKitGTK',
    version: capabilities.get('browserVersion'),
    problems: [],  // WebDriver gives no console; failures show as the journeys' own checks
    navigate: (url) => driver.get(url),
    eval: run,
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    exists: async (path) => Boolean(await find(path)),
    click: async (path) => (await until(path, () => find(path))).click(),
    type: async (path, text) => {
      const input = await until(path, () => find(path));
      await input.click();
      await input.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
      await input.sendKeys(text);
    },
    close: async () => {
      await driver.quit().catch(() => {});
      server.kill();
    },
  };
}
