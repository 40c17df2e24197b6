import { describe, expect, it } from 'vitest';
import { MODEL_SIDE, facesInImage, mergeFaces, tilesOf, type FaceBox } from './face-boxes.ts';

const face = (x: number, y: number, width: number, height: number, score: number): FaceBox => ({ x, y, width, height, score });

describe('tilesOf', () => {
  it('looks at a small image whole, once', () => {
    expect(tilesOf(MODEL_SIDE, 300)).toEqual([{ x: 0, y: 0, width: MODEL_SIDE, height: 300 }]);
  });

  it('looks at a larger one whole, then by four quarters that overlap and cover it', () => {
    const tiles = tilesOf(1024, 768);
    expect(tiles).toEqual([
      { x: 0, y: 0, width: 1024, height: 768 },
      { x: 0, y: 0, width: 615, height: 461 },
      { x: 409, y: 0, width: 615, height: 461 },
      { x: 0, y: 307, width: 615, height: 461 },
      { x: 409, y: 307, width: 615, height: 461 },
    ]);
    // Every pixel is in a quarter, and a box of a fifth of the image anywhere lies whole in one of them.
    const quarters = tiles.slice(1);
    for (let x = 0; x + 204 <= 1024; x += 17) {
      for (let y = 0; y + 153 <= 768; y += 17) {
        expect(quarters.some((q) => x >= q.x && y >= q.y && x + 204 <= q.x + q.width && y + 153 <= q.y + q.height)).toBe(true);
      }
    }
  });
});

describe('facesInImage', () => {
  const quarter = { x: 400, y: 300, width: 600, height: 450 };

  it('moves the boxes found in a quarter to the pixels of the image', () => {
    expect(facesInImage([face(10, 20, 50, 60, 0.9)], quarter, false)).toEqual([face(410, 320, 50, 60, 0.9)]);
  });

  it('drops boxes over half a quarter wide or high, which the whole image would show', () => {
    expect(facesInImage([face(0, 0, 301, 100, 0.9), face(0, 0, 100, 226, 0.9), face(0, 0, 300, 225, 0.4)], quarter, false)).toEqual([face(400, 300, 300, 225, 0.4)]);
  });

  it('keeps boxes of any size found on the whole image', () => {
    const whole = { x: 0, y: 0, width: 1024, height: 768 };
    expect(facesInImage([face(100, 50, 700, 700, 0.99)], whole, true)).toEqual([face(100, 50, 700, 700, 0.99)]);
  });
});

describe('mergeFaces', () => {
  it('joins the boxes of a face found twice into one holding both, with the better score', () => {
    expect(mergeFaces([face(100, 100, 50, 60, 0.7), face(104, 98, 52, 61, 0.9)])).toEqual([face(100, 98, 56, 62, 0.9)]);
  });

  it('joins the part of a face that a quarter cut to the whole face, whichever scored better', () => {
    expect(mergeFaces([face(100, 100, 50, 60, 0.95), face(120, 100, 30, 60, 0.5)])).toEqual([face(100, 100, 50, 60, 0.95)]);
    expect(mergeFaces([face(100, 100, 50, 60, 0.5), face(120, 100, 30, 60, 0.95)])).toEqual([face(100, 100, 50, 60, 0.95)]);
  });

  it('keeps faces side by side, and faces that only touch', () => {
    const faces = [face(0, 0, 40, 50, 0.9), face(40, 0, 40, 50, 0.8), face(70, 10, 40, 50, 0.6)];
    expect(mergeFaces(faces)).toEqual(faces);
  });

  it('answers nothing for nothing', () => {
    expect(mergeFaces([])).toEqual([]);
  });
});
