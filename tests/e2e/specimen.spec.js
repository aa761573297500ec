// The text engine against the browser: strings rendered on #/specimen by our engine, and the same
// strings as DOM text in Chromium with the same font, size, width and line height, compared pixel by
// pixel at device pixel ratio 1 and 2. Covers joining, ligatures, marks, numbers inside Arabic,
// Arabic-Indic digits, brackets, Latin, and line breaking of a paragraph wrapped to a width.
import { test, expect } from './support/test.js';
import { openApp } from './support/app.js';
import { compareInk, decode, encode } from './support/pixels.js';
import { chromiumRendering } from './support/reference.js';

const ARABIC = '"IBM Plex Sans Arabic"';
const LATIN = '"IBM Plex Sans"';
// pixelmatch at threshold 0.5 (a pixel differs when its shade is far off, not when an anti-aliased
// edge is a little lighter: Skia and stb_truetype shade edges differently), anti-aliased pixels
// counted, Chromium's vertical hinting forgiven (see support/pixels.js). At most TOLERANCE of the ink
// may differ. Measured: 0 to 0.1% for these strings; one wrong letter among twenty: 0.4 to 1.2%.
const THRESHOLD = 0.5;
const TOLERANCE = 0.003;

const CASES = [
  { name: 'a service name', text: 'تجديد الإقامة', size: 32, dir: 'rtl', family: ARABIC },
  { name: 'lam-alef ligatures', text: 'لا إله إلا الله', size: 32, dir: 'rtl', family: ARABIC },
  { name: 'marks on letters', text: 'مُقِيمٌ', size: 40, dir: 'rtl', family: ARABIC },
  { name: 'an iqama number in Arabic', text: 'رقم الإقامة 2123456789', size: 24, dir: 'rtl', family: ARABIC },
  { name: 'Arabic-Indic digits and brackets', text: 'تاريخ الانتهاء (١٤٤٧/٠٥/١٢)', size: 24, dir: 'rtl', family: ARABIC },
  { name: 'a fee in riyals', text: 'الرسوم: 650.00 ريال', size: 24, dir: 'rtl', family: ARABIC, weight: 'bold' },
  { name: 'English', text: 'Renew iqama: 12 months', size: 24, dir: 'ltr', family: LATIN },
  {
    name: 'a paragraph wrapped to 320 px', size: 20, dir: 'rtl', family: ARABIC, width: 320,
    text: 'يمكن للمنشأة تجديد إقامة العامل قبل انتهاء صلاحيتها بثلاثة أشهر بشرط سداد الرسوم والغرامات',
  },
];

for (const ratio of [1, 2]) {
  test.describe(`specimen at device pixel ratio ${ratio}`, () => {
    test.use({ deviceScaleFactor: ratio, viewport: { width: 900, height: 400 } });

    for (const c of CASES) {
      test(`${c.name} matches Chromium`, async ({ page }, testInfo) => {
        const weight = c.weight || 'regular';
        const query = new URLSearchParams({ text: c.text, size: String(c.size), dir: c.dir, weight, width: String(c.width || 600) });
        await openApp(page, `/#/specimen?${query.toString().replace(/\+/g, '%20')}`);
        const node = await page.evaluate(() => window.muqeem.semantics.nodes[0]);
        expect(node.name).toBe(c.text);
        const [x, y, width, height] = node.rect;
        const box = { x, y, width, height };
        const clip = { x: x - 8, y: y - 8, width: width + 16, height: height + 16 };
        const ours = decode(await page.screenshot({ clip }));
        const reference = await chromiumRendering(page, {
          clip, box, text: c.text, direction: c.dir,
          font: `${weight === 'bold' ? 700 : 400} ${c.size}px ${c.family}`,
        });
        const result = compareInk(ours, reference, THRESHOLD, { forgiveHinting: true });
        await testInfo.attach(`ours@${ratio}x`, { body: encode(result.left), contentType: 'image/png' });
        await testInfo.attach(`chromium@${ratio}x`, { body: encode(result.right), contentType: 'image/png' });
        await testInfo.attach(`diff@${ratio}x`, { body: encode(result.diff), contentType: 'image/png' });
        console.log(`${c.name} @${ratio}x: ink ${result.ours.width}x${result.ours.height} vs ` +
          `${result.reference.width}x${result.reference.height}; ${(result.share * 100).toFixed(2)}% of ink differs`);
        expect(Math.abs(result.ours.width - result.reference.width)).toBeLessThanOrEqual(2 * ratio);
        expect(Math.abs(result.ours.height - result.reference.height)).toBeLessThanOrEqual(2 * ratio);
        expect(result.share).toBeLessThanOrEqual(TOLERANCE);
      });
    }

    test('the comparison catches a single wrong letter', async ({ page }) => {
      const text = 'Renew iqama: 12 months';
      await openApp(page, `/#/specimen?text=${encodeURIComponent(text)}&size=24&dir=ltr&width=600`);
      const [x, y, width, height] = await page.evaluate(() => window.muqeem.semantics.nodes[0].rect);
      const clip = { x: x - 8, y: y - 8, width: width + 16, height: height + 16 };
      const ours = decode(await page.screenshot({ clip }));
      const wrong = await chromiumRendering(page, {
        clip, box: { x, y, width, height }, text: 'Renew iqama: 12 monthe', direction: 'ltr', font: `400 24px ${LATIN}`,
      });
      const result = compareInk(ours, wrong, THRESHOLD, { forgiveHinting: true });
      console.log(`one wrong letter @${ratio}x: ${(result.share * 100).toFixed(2)}% of ink differs`);
      expect(result.share).toBeGreaterThan(TOLERANCE);
    });
  });
}
