import type { CrowdFrames } from '@pactesur/contracts';

/**
 * Playback frames of a crowd simulation: each frame's positions come as base64 of an Int32Array of
 * [lon·1e7, lat·1e7] pairs, little-endian (`CrowdFrames`). Decoded once, to flat longitude/latitude pairs.
 */

/** The positions of one frame: [lon0, lat0, lon1, lat1, …] in degrees. */
export type Positions = Float64Array;

/** Decodes one frame's `lonLatE7`; a truncated trailing pair is dropped. */
export function decodePositions(base64: string): Positions {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  const values = Math.floor(bytes.length / 8) * 2;
  const out = new Float64Array(values);
  for (let i = 0; i < values; i++) out[i] = view.getInt32(i * 4, true) / 1e7;
  return out;
}

/** Encodes positions as the API does (for tests and fixtures). */
export function encodePositions(lngLat: readonly number[]): string {
  const ints = new Int32Array(lngLat.length);
  const view = new DataView(ints.buffer);
  lngLat.forEach((v, i) => view.setInt32(i * 4, Math.round(v * 1e7), true));
  const bytes = new Uint8Array(ints.buffer);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export interface DecodedFrame {
  readonly t: number;
  readonly positions: Positions;
}

/** Every frame decoded, in time order. */
export function decodeFrames(frames: CrowdFrames): DecodedFrame[] {
  return frames.frames
    .map((f) => ({ t: f.t, positions: decodePositions(f.lonLatE7) }))
    .sort((a, b) => a.t - b.t);
}

/** The index of the last frame at or before time `t` (0 before the first; -1 when there are none). */
export function frameAt(frames: readonly { t: number }[], t: number): number {
  let lo = 0;
  let hi = frames.length - 1;
  if (hi < 0) return -1;
  if (t <= (frames[0]?.t ?? 0)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((frames[mid]?.t ?? Infinity) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
