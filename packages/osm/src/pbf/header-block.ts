import type { Bounds } from '../osm-data.ts';
import { ProtoCursor } from './proto-cursor.ts';
import { utf8 } from './utf8.ts';

/** What this reader understands of `required_features`. */
export const SUPPORTED_FEATURES: ReadonlySet<string> = new Set(['OsmSchema-V0.6', 'DenseNodes']);

/** The parts of a `HeaderBlock` that matter here. */
export interface PbfHeader {
  readonly bounds: Bounds | null;
  readonly requiredFeatures: readonly string[];
}

/**
 * Decodes a `HeaderBlock`: the bounding box (nanodegrees → degrees) and the required features.
 *
 * @example
 * decodeHeaderBlock(data).requiredFeatures; // ['OsmSchema-V0.6', 'DenseNodes']
 */
export function decodeHeaderBlock(data: Uint8Array): PbfHeader {
  const c = new ProtoCursor(data);
  let bounds: Bounds | null = null;
  const requiredFeatures: string[] = [];
  while (!c.done) {
    const key = c.varint();
    if (key === 10) {
      const end = c.lengthEnd();
      const b = new ProtoCursor(data, c.pos, end);
      const v = [0, 0, 0, 0];
      while (!b.done) {
        const k = b.varint();
        const f = k >>> 3;
        if (f >= 1 && f <= 4) v[f - 1] = b.svarint() * 1e-9;
        else b.skip(k & 7);
      }
      c.pos = b.end;
      const [left, right, top, bottom] = v as [number, number, number, number];
      bounds = [left, bottom, right, top];
    } else if (key === 34) requiredFeatures.push(utf8(c.bytes()));
    else c.skip(key & 7);
  }
  return { bounds, requiredFeatures };
}
