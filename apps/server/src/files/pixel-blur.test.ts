import { describe, expect, it } from 'vitest';
import { BLOCK_PIXELS, blockGrid, clampBox, paste, soften, type RgbImage } from './pixel-blur.ts';

/** An image of seeded noise: every pixel differs from its neighbours. */
function noise(width: number, height: number, seed = 1): RgbImage {
  let s = seed;
  const data = Uint8Array.from({ length: 3 * width * height }, () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s >> 23;
  });
  return { data, width, height };
}

const pixel = (image: RgbImage, x: number, y: number) => Array.from(image.data.subarray(3 * (y * image.width + x), 3 * (y * image.width + x) + 3));

describe('clampBox', () => {
  const image = { width: 100, height: 50 };

  it('rounds outwards to the pixels a box touches, and cuts it at the edges', () => {
    expect(clampBox(image, { x0: 10.2, y0: 4.9, x1: 20.1, y1: 30.5 })).toEqual({ x0: 10, y0: 4, x1: 21, y1: 31 });
    expect(clampBox(image, { x0: -5, y0: -5, x1: 500, y1: 500 })).toEqual({ x0: 0, y0: 0, x1: 100, y1: 50 });
  });

  it('takes an edge a rounding error away from a whole pixel as on it', () => {
    // 0.1 × 100 and (0.1 + 0.2) × 100 are not exactly 10 and 30 in floating point.
    expect(clampBox(image, { x0: 0.1 * 100, y0: 0, x1: (0.1 + 0.2) * 100, y1: 0.3 * 50 })).toEqual({ x0: 10, y0: 0, x1: 30, y1: 15 });
  });

  it('answers null for a box with nothing inside the image', () => {
    expect(clampBox(image, { x0: 100, y0: 0, x1: 120, y1: 10 })).toBeNull();
    expect(clampBox(image, { x0: 10, y0: 10, x1: 10, y1: 20 })).toBeNull();
    expect(clampBox(image, { x0: 10, y0: -20, x1: 20, y1: 0 })).toBeNull();
  });
});

describe('blockGrid', () => {
  it('cuts the longer side into 8 blocks and the other into blocks of the same size', () => {
    expect(blockGrid(100, 100)).toEqual({ columns: 8, rows: 8 });
    expect(blockGrid(800, 400)).toEqual({ columns: 8, rows: 4 });
    expect(blockGrid(90, 400)).toEqual({ columns: 2, rows: 8 });
  });

  it('keeps blocks of at least 2 pixels, and one block at least each way', () => {
    expect(blockGrid(6, 4)).toEqual({ columns: 3, rows: 2 });
    expect(blockGrid(1, 1)).toEqual({ columns: 1, rows: 1 });
    expect(blockGrid(400, 1)).toEqual({ columns: 8, rows: 1 });
  });
});

describe('soften', () => {
  it('draws each block over 8 × 8 pixels', () => {
    const soft = soften(noise(8, 5));
    expect([soft.width, soft.height]).toEqual([8 * BLOCK_PIXELS, 5 * BLOCK_PIXELS]);
    expect(soft.data.length).toBe(3 * soft.width * soft.height);
  });

  it('keeps a flat colour as it is', () => {
    const flat = { data: new Uint8Array(3 * 6 * 4).map((_, i) => [10, 200, 77][i % 3] as number), width: 6, height: 4 };
    const soft = soften(flat);
    for (let y = 0; y < soft.height; y++) for (let x = 0; x < soft.width; x++) expect(pixel(soft, x, y)).toEqual([10, 200, 77]);
  });

  it('blurs blocks into each other: no sharp edge is left, and a block is no longer its own colour', () => {
    // A checkerboard of black and white blocks: the hardest edges there are.
    const board = { data: new Uint8Array(3 * 8 * 8), width: 8, height: 8 };
    for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) board.data.fill((x + y) % 2 === 0 ? 255 : 0, 3 * (y * 8 + x), 3 * (y * 8 + x) + 3);
    const soft = soften(board);
    let steepest = 0;
    let darkest = 255;
    let lightest = 0;
    for (let y = 0; y < soft.height; y++) {
      for (let x = 0; x < soft.width; x++) {
        const v = pixel(soft, x, y)[0] as number;
        darkest = Math.min(darkest, v);
        lightest = Math.max(lightest, v);
        if (x > 0) steepest = Math.max(steepest, Math.abs(v - (pixel(soft, x - 1, y)[0] as number)));
      }
    }
    expect(steepest).toBeLessThanOrEqual(12);
    // From 0 and 255, the blocks end within a narrow band around the middle grey.
    expect(darkest).toBeGreaterThan(80);
    expect(lightest).toBeLessThan(175);
  });
});

describe('paste', () => {
  it('copies the patch over the box and changes nothing outside it', () => {
    const image = noise(20, 10);
    const before = image.data.slice();
    const box = { x0: 3, y0: 2, x1: 11, y1: 7 };
    const patch = { data: new Uint8Array(3 * 8 * 5).fill(9), width: 8, height: 5 };
    paste(image, patch, box);
    for (let y = 0; y < 10; y++) {
      for (let x = 0; x < 20; x++) {
        const inside = x >= 3 && x < 11 && y >= 2 && y < 7;
        expect(pixel(image, x, y)).toEqual(inside ? [9, 9, 9] : Array.from(before.subarray(3 * (y * 20 + x), 3 * (y * 20 + x) + 3)));
      }
    }
  });

  it('refuses a patch of another size than the box', () => {
    expect(() => paste(noise(20, 10), noise(4, 4), { x0: 0, y0: 0, x1: 5, y1: 4 })).toThrow('a 4 × 4 patch for a 5 × 4 box');
  });
});
