import { createLocalProjection, lngLat } from '@pactesur/geo';
import { describe, expect, it } from 'vitest';
import { frameInterval, framePeak, MAX_FRAME_POSITIONS, packFrames } from './playback-frames.ts';

describe('playback frames', () => {
  it('keeps a run within the frame budget: 1 s, or longer for large crowds', () => {
    expect(frameInterval(100, 600)).toBe(1);
    expect(frameInterval(20_000, 600)).toBe(6);
    expect(20_000 * (600 / frameInterval(20_000, 600))).toBeLessThanOrEqual(MAX_FRAME_POSITIONS);
  });

  it('measures the peak density over cells of the given side', () => {
    const frame = { t: 0, ids: [0, 1, 2], xy: [0.5, 0.5, 1.5, 1.5, 3, 0.5] };
    expect(framePeak(frame, 2)).toBe(0.5);
    expect(framePeak(frame, 1)).toBe(1);
  });

  it('packs positions as little-endian lon·1e7, lat·1e7 through the projection', () => {
    const p = createLocalProjection(lngLat(2.35, 48.85));
    const packed = packFrames([{ t: 1, ids: [0], xy: [0, 0] }], p, 1);
    const bytes = Buffer.from(packed.frames[0]!.lonLatE7, 'base64');
    expect(packed.frames[0]?.n).toBe(1);
    expect([bytes.readInt32LE(0), bytes.readInt32LE(4)]).toEqual([23_500_000, 488_500_000]);
  });
});
