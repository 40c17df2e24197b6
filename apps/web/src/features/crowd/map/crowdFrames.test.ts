import { describe, expect, it } from 'vitest';
import { decodeFrames, decodePositions, encodePositions, frameAt } from './crowdFrames.ts';

describe('decodePositions', () => {
  it('reads little-endian Int32 pairs of lon·1e7, lat·1e7', () => {
    // Two people: (7.2701234, 43.6951) and (-0.1, -1.5), written by hand as little-endian bytes.
    const ints = [72_701_234, 436_951_000, -1_000_000, -15_000_000];
    const bytes = new Uint8Array(ints.length * 4);
    ints.forEach((v, i) => {
      const u = v >>> 0;
      bytes[i * 4] = u & 0xff;
      bytes[i * 4 + 1] = (u >>> 8) & 0xff;
      bytes[i * 4 + 2] = (u >>> 16) & 0xff;
      bytes[i * 4 + 3] = (u >>> 24) & 0xff;
    });
    const base64 = Buffer.from(bytes).toString('base64');
    expect([...decodePositions(base64)]).toEqual([7.2701234, 43.6951, -0.1, -1.5]);
  });

  it('round-trips what encodePositions writes, and reads an empty frame', () => {
    expect([...decodePositions(encodePositions([4.7758, 51.5888]))]).toEqual([4.7758, 51.5888]);
    expect(decodePositions('').length).toBe(0);
  });
});

describe('frames', () => {
  const frames = decodeFrames({
    everyS: 1,
    frames: [
      { t: 2, n: 0, lonLatE7: '' },
      { t: 0, n: 1, lonLatE7: encodePositions([1, 2]) },
      { t: 1, n: 1, lonLatE7: encodePositions([1, 2.5]) },
    ],
  });

  it('are decoded in time order', () => {
    expect(frames.map((f) => f.t)).toEqual([0, 1, 2]);
    expect([...(frames[1]?.positions ?? [])]).toEqual([1, 2.5]);
  });

  it('are found by time: the last at or before it', () => {
    expect(frameAt(frames, -5)).toBe(0);
    expect(frameAt(frames, 0.5)).toBe(0);
    expect(frameAt(frames, 1)).toBe(1);
    expect(frameAt(frames, 99)).toBe(2);
    expect(frameAt([], 3)).toBe(-1);
  });
});
