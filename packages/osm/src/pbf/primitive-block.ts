import type { OsmBuilder } from '../osm-builder.ts';
import type { OsmMember } from '../osm-data.ts';
import { ProtoCursor, ProtoError } from './proto-cursor.ts';
import { decodeDenseNodes, decodeNode } from './pbf-nodes.ts';
import { utf8 } from './utf8.ts';
import { readTags, str, type BlockContext } from './block-context.ts';

const MEMBER_TYPES = ['node', 'way', 'relation'] as const;

/**
 * Decodes one `PrimitiveBlock` (already inflated) into the builder: dense and plain nodes, ways,
 * relations. Throws {@link ProtoError} on a malformed message; the caller reports it.
 *
 * @example
 * decodePrimitiveBlock(inflateSync(blob.zlibData), builder);
 */
export function decodePrimitiveBlock(data: Uint8Array, builder: OsmBuilder): void {
  const c = new ProtoCursor(data);
  const groups: [number, number][] = [];
  let stringTable: Uint8Array | null = null;
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  while (!c.done) {
    const key = c.varint();
    const field = key >>> 3;
    if (field === 1 && (key & 7) === 2) stringTable = c.bytes();
    else if (field === 2 && (key & 7) === 2) {
      const end = c.lengthEnd();
      groups.push([c.pos, end]);
      c.pos = end;
    } else if (field === 17) granularity = c.varint();
    else if (field === 19) latOffset = c.int64();
    else if (field === 20) lonOffset = c.int64();
    else c.skip(key & 7);
  }
  const ctx: BlockContext = { strings: readStrings(stringTable), granularity, latOffset, lonOffset, builder };
  const g = new ProtoCursor(data);
  for (const [start, end] of groups) {
    g.reset(data, start, end);
    while (!g.done && !builder.stopped) {
      const key = g.varint();
      const field = key >>> 3;
      if ((key & 7) !== 2) {
        g.skip(key & 7);
        continue;
      }
      const e = g.lengthEnd();
      if (field === 1) decodeNode(data, g.pos, e, ctx);
      else if (field === 2) decodeDenseNodes(data, g.pos, e, ctx);
      else if (field === 3) decodeWay(data, g.pos, e, ctx);
      else if (field === 4) decodeRelation(data, g.pos, e, ctx);
      g.pos = e;
    }
  }
}

function readStrings(table: Uint8Array | null): string[] {
  const out: string[] = [];
  if (!table) return out;
  const c = new ProtoCursor(table);
  while (!c.done) {
    const key = c.varint();
    if (key === 10) out.push(utf8(c.bytes()));
    else c.skip(key & 7);
  }
  return out;
}

function decodeWay(data: Uint8Array, start: number, end: number, ctx: BlockContext): void {
  const c = new ProtoCursor(data, start, end);
  let id = 0;
  let keys: [number, number] | null = null;
  let vals: [number, number] | null = null;
  let refs: [number, number] | null = null;
  while (!c.done) {
    const key = c.varint();
    const field = key >>> 3;
    if (field === 1) id = c.int64();
    else if ((key & 7) === 2 && (field === 2 || field === 3 || field === 8)) {
      const e = c.lengthEnd();
      if (field === 2) keys = [c.pos, e];
      else if (field === 3) vals = [c.pos, e];
      else refs = [c.pos, e];
      c.pos = e;
    } else c.skip(key & 7);
  }
  // Counted before anything is allocated: a few compressed bytes can claim millions of references.
  const count = refs ? ProtoCursor.countVarints(data, refs[0], refs[1]) : 0;
  const tagCount = keys ? ProtoCursor.countVarints(data, keys[0], keys[1]) : 0;
  if (!ctx.builder.hasRoomFor(count + tagCount)) return;
  const out = new Float64Array(count);
  if (refs) {
    const r = new ProtoCursor(data, refs[0], refs[1]);
    let ref = 0;
    for (let n = 0; n < count; n++) out[n] = ref += r.svarint();
    if (!r.done) throw new ProtoError(`way ${id} has a corrupt list of node references`);
  }
  ctx.builder.addWay(id, out, readTags(data, keys, vals, ctx.strings));
}

function decodeRelation(data: Uint8Array, start: number, end: number, ctx: BlockContext): void {
  const c = new ProtoCursor(data, start, end);
  let id = 0;
  const ranges: ([number, number] | null)[] = [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ];
  while (!c.done) {
    const key = c.varint();
    const field = key >>> 3;
    if (field === 1) id = c.int64();
    else if ((key & 7) === 2 && (field === 2 || field === 3 || field === 8 || field === 9 || field === 10)) {
      const e = c.lengthEnd();
      ranges[field] = [c.pos, e];
      c.pos = e;
    } else c.skip(key & 7);
  }
  const members: OsmMember[] = [];
  const [roles, ids, types] = [ranges[8], ranges[9], ranges[10]];
  const count = ids ? ProtoCursor.countVarints(data, ids[0], ids[1]) : 0;
  const keys = ranges[2];
  if (!ctx.builder.hasRoomFor(count + (keys ? ProtoCursor.countVarints(data, keys[0], keys[1]) : 0))) return;
  if (roles && ids && types) {
    const rc = new ProtoCursor(data, roles[0], roles[1]);
    const ic = new ProtoCursor(data, ids[0], ids[1]);
    const tc = new ProtoCursor(data, types[0], types[1]);
    let ref = 0;
    while (!ic.done) {
      ref += ic.svarint();
      const type = MEMBER_TYPES[tc.varint()];
      if (!type) throw new ProtoError(`relation ${id} has a member of unknown type`);
      members.push({ type, ref, role: str(ctx.strings, rc.varint()) });
    }
  }
  ctx.builder.addRelation(id, members, readTags(data, ranges[2] ?? null, ranges[3] ?? null, ctx.strings));
}
