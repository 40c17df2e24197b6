// readOsm on broken and hostile input: whatever the bytes, it returns its result (diagnostics, never an
// exception), within bounded time and memory. Corpus: fuzz/corpus/osm/ (see fuzz/README.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, chunked, corpus, expandRecipe, fuzz, hostileNumberText, hostileText, mutatedBytes, mutatedText, recipe } from '../../../fuzz/harness.mjs';
import { concat, fileBlock, headerBlock, lfield, primitiveBlock, vfield } from '../../../fuzz/pbf.mjs';
import type { DiagnosticCode } from './diagnostics.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
import { readOsm, type OsmReadResult } from './read-osm.ts';

const PARSER = 'osm';
const ALL_CODES: Record<DiagnosticCode, true> = {
  'empty-input': true,
  'unknown-format': true,
  'compressed-input': true,
  'limit-bytes': true,
  'limit-elements': true,
  'xml-malformed': true,
  'xml-truncated': true,
  'xml-not-osm': true,
  'pbf-truncated': true,
  'pbf-corrupt': true,
  'pbf-unsupported': true,
  'bad-element': true,
  'coordinate-out-of-range': true,
  'duplicate-id': true,
  'missing-node-ref': true,
  'missing-member': true,
  'ring-unclosed': true,
  'ring-invalid': true,
};

const seedXml = new TextDecoder().decode(corpus(PARSER).find((e) => e.name === 'seed-square.osm')?.bytes);
const seedPbf = corpus(PARSER).find((e) => e.name === 'seed-square.osm.pbf')?.bytes ?? new Uint8Array(0);

/** Reads `source` and checks the documented shape of the result. */
async function check(source: Uint8Array | Uint8Array[], limits?: Partial<ReadLimits>): Promise<OsmReadResult> {
  const r = await readOsm(source, limits ? { limits } : {});
  const max = { ...DEFAULT_LIMITS, ...limits };
  const length = source instanceof Uint8Array ? source.length : source.reduce((s, c) => s + c.length, 0);
  expect(r.ok).toBe(r.diagnostics.errorCount === 0);
  expect(['xml', 'pbf', 'unknown']).toContain(r.format);
  if (length === 0) expect(r.ok).toBe(false);
  expect(r.bytesRead).toBeLessThanOrEqual(length);
  for (const d of r.diagnostics.list()) {
    expect(ALL_CODES[d.code]).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(typeof d.message).toBe('string');
  }
  const { data } = r;
  expect(data.nodeIds.length).toBe(data.nodeCount);
  expect(data.lon.length).toBe(data.nodeCount);
  expect(data.lat.length).toBe(data.nodeCount);
  expect(data.nodeCount + data.ways.length + data.relations.length).toBeLessThanOrEqual(max.maxElements);
  for (let i = 0; i < data.nodeCount; i++) {
    const lon = data.lon[i] as number;
    const lat = data.lat[i] as number;
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) throw new Error(`node ${data.nodeIds[i]} kept at ${lon}, ${lat}`);
  }
  if (data.bounds) {
    const [minLon, minLat, maxLon, maxLat] = data.bounds;
    if (![minLon, maxLon].every((v) => Math.abs(v) <= 180) || ![minLat, maxLat].every((v) => Math.abs(v) <= 90))
      throw new Error(`bounds ${data.bounds.join(', ')} kept`);
  }
  for (const w of data.ways) expect(w.refs).toBeInstanceOf(Float64Array);
  for (const rel of data.relations) for (const m of rel.members) expect(['node', 'way', 'relation']).toContain(m.type);
  if (data.nodeCount > 0) expect(data.nodeIndex(data.nodeIds[0] as number)).toBeGreaterThanOrEqual(0);
  return r;
}

const smallLimits = fc.option(
  fc.record({ maxBytes: fc.integer({ min: 0, max: 1 << 16 }), maxElements: fc.integer({ min: 0, max: 20 }) }),
  { freq: 4 },
);

// ---------------------------------------------------------------------------------------------------------
// XML

const xmlValues = fc.oneof(hostileText, hostileNumberText, fc.constantFrom('node', 'way', 'relation', 'outer', 'multipolygon'));
const xmlFragments = fc.oneof(
  hostileText,
  fc.constantFrom(
    '<!DOCTYPE osm [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    '<tag k="name" v="&c;&c;&c;&c;"/>',
    '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?xml version="1.0"?>',
    '<?',
    '</osm>',
    '<osm>',
    '<osm version="0.6">',
    '<node id="-1" lat="NaN" lon="1e309"/>',
    '<node id="9007199254740993" lat="-0" lon="180"/>',
    '<way id="1"><nd ref="1"/><nd/><nd ref="x"/></way>',
    '<relation id="1"><member type="bogus" ref="1"/><member type="way"/></relation>',
    '<node id="1" lat="1" lon="1" id="2"/>',
    '<node',
    '<',
    '>',
    '/>',
    '<//>',
    '< >',
    '<a b=c>',
    '<a b="c>',
    "<a b='c\">",
    '<bounds minlat="NaN" minlon="-1e400" maxlat="1e400" maxlon="x"/>',
  ),
  fc.integer({ min: 100, max: 20_000 }).map((n) => '<node>'.repeat(n)),
  fc.integer({ min: 100, max: 20_000 }).map((n) => '</node>'.repeat(n)),
  fc.integer({ min: 100, max: 5_000 }).map((n) => `<tag k="${'&amp;'.repeat(n)}" v="${'&#x41;'.repeat(n)}"/>`),
);
const xmlInputs = fc.record({
  bytes: mutatedText(seedXml, { values: xmlValues, fragments: xmlFragments }),
  cuts: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 6 }),
});

/**
 * An unfinished construct (comment, attribute, start tag …) followed by a long filler, fed in small chunks:
 * a reader that rescans its unfinished tail at every chunk takes quadratic time on these.
 */
const streamedTails = fc
  .record({
    head: fc.constantFrom('<osm><!--', '<osm><node id="1" k="', '<osm><nodexxxx', '<osm><!DOCTYPE x [', '<osm><?pi ', '<osm><![CDATA[', '<osm></node', '<osm>'),
    filler: fc.constantFrom('x', '<node a', '<a b', '<!a>', '<a b<', '>', '-', ']', '&', '<node id="1"'),
    times: fc.integer({ min: 10_000, max: 150_000 }),
    chunk: fc.option(fc.integer({ min: 64, max: 4096 }), { nil: undefined }),
  })
  .map((t) => recipe([{ text: t.head }, { text: t.filler, times: t.times }], t.chunk));

describe('readOsm on hostile OSM XML', () => {
  it.each(corpus(PARSER).map((e) => [e.name, e] as const))('replays the corpus entry %s', async (_name, entry) => {
    await bounded(() => check(entry.bytes));
    await bounded(() => check(entry.chunks.length > 1 ? entry.chunks : chunked(entry.bytes, [0.1, 0.3, 0.5, 0.7, 0.9])));
  });

  it('reads the seeds without any diagnostic', async () => {
    for (const bytes of [new TextEncoder().encode(seedXml), seedPbf]) {
      const r = await check(bytes);
      expect(r.diagnostics.list()).toEqual([]);
      expect(r.data.ways).toHaveLength(5);
    }
  });

  it('returns a result for mutations of a valid extract, whole or in chunks', () =>
    fuzz(PARSER, fc.tuple(xmlInputs, smallLimits), ([{ bytes, cuts }, limits]) => check(cuts.length ? chunked(bytes, cuts) : bytes, limits ?? undefined), {
      runs: 300,
      encode: ([{ bytes }]) => bytes,
      ext: '.osm',
    }));

  it('takes linear time on unfinished markup, whole or streamed in small chunks', () =>
    fuzz(PARSER, streamedTails, (text) => check(expandRecipe(JSON.parse(text) as Parameters<typeof expandRecipe>[0]).chunks), {
      runs: 12,
      encode: (text) => text,
      ext: '.recipe.json',
    }));
});

// ---------------------------------------------------------------------------------------------------------
// PBF

const int64 = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53, -(2 ** 53), 2n ** 63n - 1n, -(2n ** 63n)),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
);
const stringIndex = fc.oneof(fc.nat({ max: 12 }), fc.constantFrom(2 ** 32, 2 ** 53));
const tagRefs = fc.array(fc.tuple(stringIndex, stringIndex), { maxLength: 4 });
const pbfStrings = fc.array(
  fc.oneof(
    fc.constantFrom('', 'highway', 'footway', 'barrier', 'bollard', 'area', 'yes', 'building', 'type', 'multipolygon', 'outer', 'inner'),
    hostileText.map((s) => s.slice(0, 4000)),
    fc.uint8Array({ maxLength: 40 }),
  ),
  { maxLength: 14 },
);
const coordinate = fc.oneof(fc.integer({ min: -1_800_000_000, max: 1_800_000_000 }), int64);
const pbfNode = fc.record({ id: int64, lat: coordinate, lon: coordinate, tags: tagRefs });
const member = fc.record({
  type: fc.oneof(fc.constantFrom('node' as const, 'way' as const, 'relation' as const), fc.nat({ max: 2 ** 32 })),
  ref: int64,
  role: stringIndex,
});
const primitive = fc
  .record({
    strings: pbfStrings,
    granularity: fc.option(fc.oneof(fc.constantFrom(0, 1, 100, 2 ** 32, 2 ** 53), fc.nat()), { nil: undefined }),
    latOffset: fc.option(int64, { nil: undefined }),
    lonOffset: fc.option(int64, { nil: undefined }),
    dense: fc.array(pbfNode, { maxLength: 12 }),
    nodes: fc.array(pbfNode, { maxLength: 3 }),
    ways: fc.array(fc.record({ id: int64, refs: fc.array(int64, { maxLength: 12 }), tags: tagRefs }), { maxLength: 4 }),
    relations: fc.array(fc.record({ id: int64, members: fc.array(member, { maxLength: 6 }), tags: tagRefs }), { maxLength: 3 }),
  })
  .map((b) => primitiveBlock(b));

/**
 * Blocks whose few compressed bytes inflate to many elements: one way with `n` node references, one
 * relation with `n` members, a node with `n` tags over a table of `n` strings.
 */
const bombs = fc.record({ kind: fc.constantFrom('refs', 'members', 'tags', 'zeros'), n: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(8_000_000, 32 * 2 ** 20 - 64)) }).map(({ kind, n }) => {
  const zeros = new Uint8Array(n);
  if (kind === 'zeros') return zeros;
  if (kind === 'refs') return concat([lfield(1, lfield(1, '')), lfield(2, lfield(3, concat([vfield(1, 1), lfield(8, zeros)])))]);
  if (kind === 'members') {
    const ones = new Uint8Array(n).fill(1);
    return concat([lfield(1, lfield(1, '')), lfield(2, lfield(4, concat([vfield(1, 1), lfield(8, zeros), lfield(9, ones), lfield(10, ones)])))]);
  }
  // A string table of `m` distinct short strings and one node tagged with each of them.
  const m = Math.min(n, 200_000);
  const table = concat(Array.from({ length: m }, (_, i) => lfield(1, i.toString(36))));
  const kv = concat(Array.from({ length: m - 1 }, (_, i) => concat([varintOf(i + 1), varintOf(i + 1)])));
  return concat([lfield(1, table), lfield(2, lfield(2, concat([lfield(1, Uint8Array.of(2)), lfield(8, Uint8Array.of(0)), lfield(9, Uint8Array.of(0)), lfield(10, concat([kv, Uint8Array.of(0)]))])))]);
});
function varintOf(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Uint8Array.from(out);
}

const header = fc
  .record({
    bbox: fc.option(fc.tuple(int64, int64, int64, int64), { nil: null }),
    required: fc.array(fc.oneof(fc.constantFrom('OsmSchema-V0.6', 'DenseNodes', 'HistoricalInformation'), fc.string({ maxLength: 20 })), { maxLength: 3 }),
  })
  .map((h) => headerBlock(h));

/** Over-long varints (more than ten bytes with the continuation bit) spliced into a block. */
const giantVarint = fc.integer({ min: 10, max: 4000 }).map((n) => Uint8Array.from([...new Array<number>(n).fill(0xff), 0x01]));
const blockData = fc.oneof(
  { arbitrary: primitive, weight: 6 },
  { arbitrary: header, weight: 2 },
  { arbitrary: bombs, weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 1 },
  { arbitrary: fc.tuple(primitive, giantVarint, fc.nat()).map(([p, g, at]) => concat([p.subarray(0, at % (p.length + 1)), g, p.subarray(at % (p.length + 1))])), weight: 1 },
);
const size = fc.oneof(fc.constantFrom(0, 1, 2 ** 16, 2 ** 16 + 1, 32 * 2 ** 20, 32 * 2 ** 20 + 1, 2 ** 31, 2 ** 32 - 1, 2 ** 53), fc.nat());
const block = fc.record({
  type: fc.oneof(fc.constantFrom('OSMHeader', 'OSMData', 'OSMData', 'OSMData'), fc.string({ maxLength: 12 })),
  data: blockData,
  compression: fc.constantFrom('zlib', 'zlib', 'raw', 'lzma', 'zstd', 'other'),
  rawSize: fc.option(size, { nil: undefined, freq: 5 }),
  dataSize: fc.option(size, { nil: undefined, freq: 8 }),
  headerLength: fc.option(fc.constantFrom(0, 1, 2 ** 16, 2 ** 16 + 1, 2 ** 32 - 1), { nil: undefined, freq: 10 }),
});
const pbfFiles = fc
  .record({
    first: header,
    blocks: fc.array(block, { minLength: 1, maxLength: 4 }),
    trailing: fc.uint8Array({ maxLength: 8 }),
    cut: fc.option(fc.nat(), { freq: 6 }),
  })
  .map(({ first, blocks, trailing, cut }) => {
    const file = concat([
      fileBlock('OSMHeader', first),
      ...blocks.map((b) => {
        const options: Parameters<typeof fileBlock>[2] = { compression: b.compression };
        if (b.rawSize !== undefined) options.rawSize = b.rawSize;
        if (b.dataSize !== undefined) options.dataSize = b.dataSize;
        if (b.headerLength !== undefined) options.headerLength = b.headerLength;
        return fileBlock(b.type, b.data, options);
      }),
      trailing,
    ]);
    return cut === null ? file : file.subarray(0, cut % (file.length + 1));
  });

describe('readOsm on hostile OSM PBF', () => {
  it('returns a result for generated files with lying sizes, bombs and giant varints', () =>
    fuzz(PARSER, fc.tuple(pbfFiles, smallLimits), ([bytes, limits]) => check(bytes, limits ?? undefined), {
      runs: 250,
      encode: ([bytes]) => bytes,
      ext: '.osm.pbf',
    }));

  it('returns a result for byte-level mutations of a valid file', () =>
    fuzz(PARSER, fc.tuple(mutatedBytes(seedPbf), fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 4 })), ([bytes, cuts]) => check(chunked(bytes, cuts)), {
      runs: 300,
      encode: ([bytes]) => bytes,
      ext: '.osm.pbf',
    }));

  it('returns a result for arbitrary bytes, with and without a format-like start', () =>
    fuzz(
      PARSER,
      fc.tuple(fc.constantFrom(new Uint8Array(0), seedPbf.subarray(0, 16), new TextEncoder().encode('<osm>'), Uint8Array.of(0xef, 0xbb, 0xbf)), fc.uint8Array({ maxLength: 4096 })),
      ([head, rest]) => check(concat([head, rest])),
      { runs: 300, encode: ([head, rest]) => concat([head, rest]), ext: '.bin' },
    ));
});
