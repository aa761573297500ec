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

// Aligns the two renderings on their ink boxes (sub-pixel placement differs between engines) and
// counts the pixels pixelmatch finds different, as a share of the ink.
export function compareInk(ours, reference, threshold = 0.2) {
  const a = inkBox(ours), b = inkBox(reference);
  const width = Math.max(a.width, b.width) + 4, height = Math.max(a.height, b.height) + 4;
  const left = window(ours, a.left - 2, a.top - 2, width, height);
  const right = window(reference, b.left - 2, b.top - 2, width, height);
  const diff = new PNG({ width, height });
  // includeAA: anti-aliased edge pixels count too; pixelmatch would otherwise forgive them.
  const different = pixelmatch(left.data, right.data, diff.data, width, height, { threshold, includeAA: true });
  return { ours: a, reference: b, different, share: different / Math.max(1, b.count), diff, left, right };
}

export const encode = (image) => PNG.sync.write(image);
