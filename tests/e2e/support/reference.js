// Chromium's own rendering of a text, for comparison with ours: the text as DOM text in the same
// box, font, size, colour and line height, on a white sheet laid over the canvas.
import { decode } from './pixels.js';

// `clip` is the area screenshotted; `box` the text's layout box inside it (CSS pixels).
export async function chromiumRendering(page, { clip, box, text, font, colour = '#161616', direction = 'rtl',
  align = 'start', lineHeight = '1.5', style = {} }) {
  await page.evaluate(async ({ clip, box, text, font, colour, direction, align, lineHeight, style }) => {
    await document.fonts.load(font, text);
    document.getElementById('reference')?.remove();
    const sheet = document.createElement('div');
    sheet.id = 'reference';
    Object.assign(sheet.style, {
      position: 'fixed', left: `${clip.x}px`, top: `${clip.y}px`, width: `${clip.width}px`,
      height: `${clip.height}px`, background: '#fff', zIndex: '10',
    });
    const block = document.createElement('div');
    Object.assign(block.style, {
      position: 'absolute', left: `${box.x - clip.x}px`, top: `${box.y - clip.y}px`, width: `${box.width}px`,
      font, lineHeight, color: colour, direction, textAlign: align, whiteSpace: 'pre-wrap', ...style,
    });
    block.textContent = text;
    sheet.appendChild(block);
    document.body.appendChild(sheet);
  }, { clip, box, text, font, colour, direction, align, lineHeight, style });
  const image = decode(await page.screenshot({ clip }));
  await page.evaluate(() => document.getElementById('reference')?.remove());
  return image;
}
