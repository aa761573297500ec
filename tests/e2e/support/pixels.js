// Comparing what our engine drew with what Chromium draws for the same text, same font, same size.
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

export const decode = (buffer) => PNG.sync.read(buffer);

// The box around every pixel visibly darker than the white page.
export function inkBox(image) {
  let left = image.width, top = image.height, right = -1, bottom = -1, count = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const darkness = 765 - (image.data[i] + image.data[i + 1] + image.data[i + 2]);
      if (darkness > 60) {
        count++;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { left, top, width: right - left + 1, height: bottom - top + 1, count };
}

// Copies a window of an image into a new one, white where the window falls outside.
function window(image, left, top, width, height) {
  const out = new PNG({ width, height });
  out.data.fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = left + x, sy = top + y;
      if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) continue;
      image.data.copy(out.data, (y * width + x) * 4, (sy * image.width + sx) * 4, (sy * image.width + sx) * 4 + 4);
    }
  }
  return out;
}

// Chromium hints glyphs vertically (FreeType snaps Latin x-heights and baselines to the pixel grid);
// we rasterize unhinted outlines, so horizontal edges may sit a pixel apart. With forgiveHinting, a
// pixel pixelmatch marks different is forgiven when the other image has a like pixel just above or
// below it, and no more: a wrong, missing or misplaced glyph still differs over whole areas.
function darkness(image, x, y) {
  if (y < 0 || y >= image.height) return 0;
  const i = (y * image.width + x) * 4;
  return 765 - (image.data[i] + image.data[i + 1] + image.data[i + 2]);
}

function countUnforgiven(diff, a, b, threshold) {
  const limit = threshold * 765;
  let count = 0;
  for (let y = 0; y < diff.height; y++) {
    for (let x = 0; x < diff.width; x++) {
      const i = (y * diff.width + x) * 4;
      const marked = diff.data[i] === 255 && diff.data[i + 1] === 0 && diff.data[i + 2] === 0;
      if (!marked) continue;
      const da = darkness(a, x, y), db = darkness(b, x, y);
      const near = (image, value) => [-1, 1].some((dy) => Math.abs(darkness(image, x, y + dy) - value) <= limit);
      if (near(b, da) || near(a, db)) continue;
      count++;
    }
  }
  return count;
}

// Aligns the two renderings (on their ink boxes, then the best of the shifts up to two pixels each
// way, since the engines may round a baseline or a pen position to different pixels) and counts the
// pixels pixelmatch finds different, as a share of the reference's ink.
export function compareInk(ours, reference, threshold = 0.2, { forgiveHinting = false } = {}) {
  const a = inkBox(ours), b = inkBox(reference);
  const width = Math.max(a.width, b.width) + 8, height = Math.max(a.height, b.height) + 8;
  const left = window(ours, a.left - 4, a.top - 4, width, height);
  let best = null;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const right = window(reference, b.left - 4 + dx, b.top - 4 + dy, width, height);
      const diff = new PNG({ width, height });
      // includeAA: anti-aliased edge pixels count too; pixelmatch would otherwise forgive them.
      let different = pixelmatch(left.data, right.data, diff.data, width, height, { threshold, includeAA: true });
      if (forgiveHinting) different = countUnforgiven(diff, left, right, threshold);
      if (!best || different < best.different) best = { different, diff, right, shift: [dx, dy] };
    }
  }
  return { ours: a, reference: b, ...best, share: best.different / Math.max(1, b.count), left };
}

export const encode = (image) => PNG.sync.write(image);
