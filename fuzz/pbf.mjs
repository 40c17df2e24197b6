// A small OSM PBF writer for the fuzz tests: it writes what the format allows and, on request, what it does
// not (lying sizes, over-long varints, unknown compressions), so the reader's every check can be reached.
import { deflateSync } from 'node:zlib';

/** Bytes joined. */
export function concat(parts) {
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A protobuf varint of a non-negative integer (a number up to 2^53, or a bigint up to 2^64). */
export function varint(n) {
  let v = BigInt(n);
  if (v < 0n) v = BigInt.asUintN(64, v);
  const out = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

/** A zigzag (sint64) varint. */
export function svarint(n) {
  const v = BigInt(n);
  return varint(v >= 0n ? 2n * v : -2n * v - 1n);
}

const text = (s) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

/** A varint field. */
export const vfield = (field, n) => concat([varint(field * 8), varint(n)]);
/** A length-delimited field (bytes, or a string). */
export const lfield = (field, bytes) => {
  const b = text(bytes);
  return concat([varint(field * 8 + 2), varint(b.length), b]);
};
/** A packed run of varints (or zigzag varints with `signed`). */
export const packed = (field, values, signed = false) => lfield(field, concat(values.map((v) => (signed ? svarint(v) : varint(v)))));

/** A `HeaderBlock`: bounding box in nanodegrees and required features. */
export function headerBlock({ bbox = null, required = ['OsmSchema-V0.6', 'DenseNodes'] } = {}) {
  const parts = [];
  if (bbox) {
    const [left, right, top, bottom] = bbox;
    parts.push(lfield(1, concat([concat([varint(8), svarint(left)]), concat([varint(16), svarint(right)]), concat([varint(24), svarint(top)]), concat([varint(32), svarint(bottom)])])));
  }
  for (const f of required) parts.push(lfield(4, f));
  return concat(parts);
}

/** Delta coding of a list. */
const deltas = (xs) => xs.map((x, i) => BigInt(x) - BigInt(i === 0 ? 0 : xs[i - 1]));

/**
 * A `PrimitiveBlock`. `dense`: nodes `{ id, lat, lon, tags: [[k, v], …] }` in units of `granularity`
 * nanodegrees; `ways`: `{ id, refs, tags }`; `relations`: `{ id, members: [{ type, ref, role }], tags }`;
 * tags and roles are indices into `strings` (index 0 is the empty string by convention).
 */
export function primitiveBlock({ strings = [''], granularity, latOffset, lonOffset, dense = [], nodes = [], ways = [], relations = [] }) {
  const parts = [lfield(1, concat(strings.map((s) => lfield(1, s))))];
  const group = [];
  if (dense.length > 0) {
    const kv = [];
    for (const n of dense) {
      for (const [k, v] of n.tags ?? []) kv.push(k, v);
      kv.push(0);
    }
    group.push(
      lfield(
        2,
        concat([
          packed(1, deltas(dense.map((n) => n.id)), true),
          packed(8, deltas(dense.map((n) => n.lat)), true),
          packed(9, deltas(dense.map((n) => n.lon)), true),
          packed(10, kv),
        ]),
      ),
    );
  }
  for (const n of nodes) {
    const tags = n.tags ?? [];
    group.push(lfield(1, concat([concat([varint(8), svarint(n.id)]), packed(2, tags.map((t) => t[0])), packed(3, tags.map((t) => t[1])), concat([varint(64), svarint(n.lat)]), concat([varint(72), svarint(n.lon)])])));
  }
  for (const w of ways) {
    const tags = w.tags ?? [];
    group.push(lfield(3, concat([vfield(1, w.id), packed(2, tags.map((t) => t[0])), packed(3, tags.map((t) => t[1])), packed(8, deltas(w.refs), true)])));
  }
  for (const r of relations) {
    const tags = r.tags ?? [];
    const types = { node: 0, way: 1, relation: 2 };
    group.push(
      lfield(
        4,
        concat([
          vfield(1, r.id),
          packed(2, tags.map((t) => t[0])),
          packed(3, tags.map((t) => t[1])),
          packed(8, r.members.map((m) => m.role)),
          packed(9, deltas(r.members.map((m) => m.ref)), true),
          packed(10, r.members.map((m) => types[m.type] ?? m.type)),
        ]),
      ),
    );
  }
  parts.push(lfield(2, concat(group)));
  if (granularity !== undefined) parts.push(vfield(17, granularity));
  if (latOffset !== undefined) parts.push(vfield(19, BigInt.asUintN(64, BigInt(latOffset))));
  if (lonOffset !== undefined) parts.push(vfield(20, BigInt.asUintN(64, BigInt(lonOffset))));
  return concat(parts);
}

/**
 * One block of the file: the 4-byte length, the `BlobHeader`, the `Blob`. `compression` is `raw`, `zlib`
 * or a name the reader refuses (`lzma`, `zstd` …); `rawSize`, `dataSize` and `headerLength` replace the
 * true values when given (to lie).
 */
export function fileBlock(type, data, { compression = 'zlib', rawSize, dataSize, headerLength } = {}) {
  let blob;
  if (compression === 'raw') blob = lfield(1, data);
  else if (compression === 'zlib') blob = concat([vfield(2, rawSize ?? data.length), lfield(3, deflateSync(data))]);
  else {
    const field = { lzma: 4, bzip2: 5, lz4: 6, zstd: 7 }[compression] ?? 9;
    blob = concat([vfield(2, rawSize ?? data.length), lfield(field, data)]);
  }
  const header = concat([lfield(1, type), vfield(3, dataSize ?? blob.length)]);
  const prefix = new Uint8Array(4);
  new DataView(prefix.buffer).setUint32(0, headerLength ?? header.length);
  return concat([prefix, header, blob]);
}
