import { describe, expect, it } from 'vitest';
import type { PixelBox, RgbImage } from './pixel-blur.ts';
import { obscure } from './region-blur.ts';

/** An image of seeded noise: every pixel differs from its neighbours. */
function noise(width: number, height: number, seed = 1): RgbImage {
  let s = seed;
  const data = Uint8Array.from({ length: 3 * width * height }, () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s >> 23;
  });
  return { data, width, height };
}

const copy = (image: RgbImage): RgbImage => ({ ...image, data: image.data.slice() });
const pixel = (image: RgbImage, x: number, y: number) => Array.from(image.data.subarray(3 * (y * image.width + x), 3 * (y * image.width + x) + 3));
const inside = (box: PixelBox, x: number, y: number) => x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1;

describe('obscure', () => {
  it('changes the pixels of the rectangle, every row and column of it, and no other', async () => {
    const before = noise(120, 80);
    const after = copy(before);
    const box = { x0: 17, y0: 9, x1: 83, y1: 61 };
    await obscure(after, box);
    const rowsChanged = new Set<number>();
    const columnsChanged = new Set<number>();
    for (let y = 0; y < 80; y++) {
      for (let x = 0; x < 120; x++) {
        const same = pixel(before, x, y).join() === pixel(after, x, y).join();
        if (!inside(box, x, y)) expect(same, `pixel (${x}, ${y})`).toBe(true);
        else if (!same) {
          rowsChanged.add(y);
          columnsChanged.add(x);
        }
      }
    }
    expect(rowsChanged.size).toBe(box.y1 - box.y0);
    expect(columnsChanged.size).toBe(box.x1 - box.x0);
  });

  it('leaves only soft patches: neighbours in the rectangle differ by a few levels at most', async () => {
    const image = noise(300, 200);
    await obscure(image, { x0: 0, y0: 0, x1: 300, y1: 200 });
    let steepest = 0;
    for (let y = 0; y < 200; y++) for (let x = 1; x < 300; x++) steepest = Math.max(steepest, Math.abs((pixel(image, x, y)[0] as number) - (pixel(image, x - 1, y)[0] as number)));
    expect(steepest).toBeLessThanOrEqual(3);
  });

  it('keeps a flat colour as it is', async () => {
    const image = { data: new Uint8Array(3 * 50 * 40).map((_, i) => [10, 200, 77][i % 3] as number), width: 50, height: 40 };
    await obscure(image, { x0: 3, y0: 5, x1: 47, y1: 33 });
    for (let y = 0; y < 40; y++) for (let x = 0; x < 50; x++) expect(pixel(image, x, y)).toEqual([10, 200, 77]);
  });

  it('cuts a rectangle at the edges of the image, and does nothing for one outside it', async () => {
    const before = noise(30, 20, 5);
    const after = copy(before);
    await obscure(after, { x0: 20, y0: -10, x1: 90, y1: 8 });
    expect(pixel(after, 25, 3)).not.toEqual(pixel(before, 25, 3));
    expect(pixel(after, 25, 8)).toEqual(pixel(before, 25, 8));
    expect(pixel(after, 19, 3)).toEqual(pixel(before, 19, 3));
    const untouched = copy(before);
    await obscure(untouched, { x0: 30, y0: 0, x1: 40, y1: 20 });
    await obscure(untouched, { x0: 5, y0: 5, x1: 5, y1: 9 });
    expect(untouched.data).toEqual(before.data);
  });

  it('blurs a rectangle of one pixel, or one pixel wide, without failing', async () => {
    const before = noise(10, 10);
    const image = copy(before);
    await obscure(image, { x0: 4, y0: 4, x1: 5, y1: 5 });
    await obscure(image, { x0: 2, y0: 0, x1: 3, y1: 10 });
    expect(pixel(image, 0, 0)).toEqual(pixel(before, 0, 0));
    expect(pixel(image, 4, 4)).toHaveLength(3);
  });

  it('blurs the whole of a 40-megapixel photo quickly, without holding the event loop', async () => {
    const image = { data: new Uint8Array(3 * 8000 * 5000).map((_, i) => (i * 7919) & 255), width: 8000, height: 5000 };
    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await obscure(image, { x0: 0, y0: 0, x1: 8000, y1: 5000 });
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(took).toBeLessThan(3_000);
    // Copying 120 MB of rows back is what the thread does itself.
    expect(longest).toBeLessThan(250);
    expect(pixel(image, 4000, 2500)).not.toEqual([0, 0, 0]);
  });
});
