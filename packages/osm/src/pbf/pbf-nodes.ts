import { ProtoCursor } from './proto-cursor.ts';
import { readTags, str, type BlockContext } from './block-context.ts';

/**
 * Decodes a `DenseNodes` message (delta-coded ids and coordinates, tags as one `keys_vals` run with 0 as
 * separator) straight into the builder. Three cursors walk the packed arrays side by side.
 *
 * @example
 * decodeDenseNodes(blockBytes, start, end, ctx);
 */
export function decodeDenseNodes(data: Uint8Array, start: number, end: number, ctx: BlockContext): void {
  const c = new ProtoCursor(data, start, end);
  let ids: [number, number] | null = null;
  let lats: [number, number] | null = null;
  let lons: [number, number] | null = null;
  let kv: [number, number] | null = null;
  while (!c.done) {
    const key = c.varint();
    const field = key >>> 3;
    if ((key & 7) !== 2) {
      c.skip(key & 7);
      continue;
    }
    const e = c.lengthEnd();
    if (field === 1) ids = [c.pos, e];
    else if (field === 8) lats = [c.pos, e];
    else if (field === 9) lons = [c.pos, e];
    else if (field === 10) kv = [c.pos, e];
    c.pos = e;
  }
  if (!ids || !lats || !lons) return;
  const ic = new ProtoCursor(data, ids[0], ids[1]);
  const la = new ProtoCursor(data, lats[0], lats[1]);
  const lo = new ProtoCursor(data, lons[0], lons[1]);
  const kc = kv ? new ProtoCursor(data, kv[0], kv[1]) : null;
  const { granularity, latOffset, lonOffset, strings, builder } = ctx;
  // Every tag takes two varints of `keys_vals`: checked before any is built.
  if (kv && !builder.hasRoomFor(ProtoCursor.countVarints(data, kv[0], kv[1]) / 2)) return;
  let id = 0;
  let lat = 0;
  let lon = 0;
  while (!ic.done) {
    id += ic.svarint();
    lat += la.svarint();
    lon += lo.svarint();
    let tags: Record<string, string> | null = null;
    if (kc && !kc.done) {
      let k = kc.varint();
      while (k !== 0) {
        (tags ??= {})[str(strings, k)] = str(strings, kc.varint());
        k = kc.done ? 0 : kc.varint();
      }
    }
    if (
      !builder.addNode(
        id,
        (lonOffset + granularity * lon) * 1e-9,
        (latOffset + granularity * lat) * 1e-9,
        tags,
      ) &&
      builder.stopped
    )
      return;
  }
}

/**
 * Decodes a plain (non-dense) `Node` message into the builder.
 *
 * @example
 * decodeNode(blockBytes, start, end, ctx);
 */
export function decodeNode(data: Uint8Array, start: number, end: number, ctx: BlockContext): void {
  const c = new ProtoCursor(data, start, end);
  let id = 0;
  let lat = 0;
  let lon = 0;
  let keys: [number, number] | null = null;
  let vals: [number, number] | null = null;
  while (!c.done) {
    const key = c.varint();
    const field = key >>> 3;
    if (field === 1) id = c.svarint();
    else if (field === 8) lat = c.svarint();
    else if (field === 9) lon = c.svarint();
    else if ((key & 7) === 2 && (field === 2 || field === 3)) {
      const e = c.lengthEnd();
      if (field === 2) keys = [c.pos, e];
      else vals = [c.pos, e];
      c.pos = e;
    } else c.skip(key & 7);
  }
  const { granularity, latOffset, lonOffset } = ctx;
  if (keys && !ctx.builder.hasRoomFor(ProtoCursor.countVarints(data, keys[0], keys[1]))) return;
  ctx.builder.addNode(
    id,
    (lonOffset + granularity * lon) * 1e-9,
    (latOffset + granularity * lat) * 1e-9,
    readTags(data, keys, vals, ctx.strings),
  );
}
