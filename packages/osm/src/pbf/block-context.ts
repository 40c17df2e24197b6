import type { OsmBuilder } from '../osm-builder.ts';
import { ProtoCursor, ProtoError } from './proto-cursor.ts';

/** The block-wide values every element decoder needs. */
export interface BlockContext {
  readonly strings: readonly string[];
  readonly granularity: number;
  readonly latOffset: number;
  readonly lonOffset: number;
  readonly builder: OsmBuilder;
}

/**
 * Reads packed `keys` and `vals` string indices into a tags object (or null when there are none).
 *
 * @example
 * readTags(block, [10, 14], [14, 18], strings); // { highway: 'footway', surface: 'paving_stones' }
 */
export function readTags(
  data: Uint8Array,
  keys: [number, number] | null,
  vals: [number, number] | null,
  strings: readonly string[],
): Record<string, string> | null {
  if (!keys || !vals || keys[0] === keys[1]) return null;
  const k = new ProtoCursor(data, keys[0], keys[1]);
  const v = new ProtoCursor(data, vals[0], vals[1]);
  const tags: Record<string, string> = {};
  while (!k.done) tags[str(strings, k.varint())] = str(strings, v.varint());
  return tags;
}

/**
 * The string at index `i` of the block's table; a bad index means a corrupt block ({@link ProtoError}).
 *
 * @example
 * str(['', 'highway'], 1); // 'highway'
 */
export function str(strings: readonly string[], i: number): string {
  const s = strings[i];
  if (s === undefined) throw new ProtoError(`string index ${i} outside the string table`);
  return s;
}
