import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.ts';
import { readOsm } from './read-osm.ts';
import { xmlNodeBomb } from './test-support/bombs.ts';
import { OSM_DATA_DIR } from './test-support/osm-data.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const codes = (r: Awaited<ReturnType<typeof readOsm>>): string[] => r.diagnostics.list().map((d) => d.code);

describe('broken input gives a clear diagnostic, never a crash', () => {
  it('a truncated PBF keeps the blocks before the cut and reports the cut', async () => {
    const bytes = readFileSync(join(OSM_DATA_DIR, 'monaco-2026-03-10.osm.pbf'));
    const r = await readOsm(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('pbf-truncated');
    expect(r.data.nodeCount).toBeGreaterThan(0);
    expect(r.data.nodeCount + r.data.ways.length + r.data.relations.length).toBeLessThan(41361 + 6180 + 346);
  });

  it('a PBF with a corrupted block is reported as corrupt', async () => {
    const bytes = new Uint8Array(readFileSync(join(OSM_DATA_DIR, 'monaco-2026-03-10.osm.pbf')));
    for (let i = 400; i < 600; i++) bytes[i] = (bytes[i] as number) ^ 0x5a;
    const r = await readOsm(bytes);
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('pbf-corrupt');
  });

  it('XML cut in the middle of an element names the element', async () => {
    const text = readFileSync(join(OSM_DATA_DIR, 'breda-grote-markt.osm'), 'utf8');
    const cut = text.indexOf('<way id=') + 60;
    const r = await readOsm(enc(text.slice(0, cut)));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.list().find((x) => x.code === 'xml-truncated');
    expect(d?.element?.type).toBe('way');
    expect(d?.message).toMatch(/cut short/);
    expect(r.data.nodeCount).toBe(430);
  });

  it('XML cut inside a start tag reports the element from its id', async () => {
    const r = await readOsm(enc('<osm version="0.6"><node id="17" lat="1.0" lo'));
    const d = r.diagnostics.list().find((x) => x.code === 'xml-truncated');
    expect(d?.element).toEqual({ type: 'node', id: 17 });
  });

  it('a binary file is refused as an unknown format', async () => {
    let s = 99;
    const bytes = Uint8Array.from({ length: 4096 }, () => (s = (s * 1103515245 + 12345) >>> 0) >>> 24);
    bytes[0] = 0x89;
    const r = await readOsm(bytes);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['unknown-format']);
  });

  it('binary data after an XML start is refused', async () => {
    const r = await readOsm(Uint8Array.from([...enc('<osm>'), 0, 1, 2, 3]));
    expect(codes(r)).toContain('unknown-format');
  });

  it('gzip input is recognised and refused with advice', async () => {
    const r = await readOsm(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]));
    expect(codes(r)).toEqual(['compressed-input']);
    expect(r.diagnostics.list()[0]?.message).toMatch(/decompress/);
  });

  it.each([[new Uint8Array(0)], [enc('  \n\t ')]])('an empty input is reported as empty', async (bytes) => {
    const r = await readOsm(bytes);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['empty-input']);
  });

  it('XML without an <osm> root is refused', async () => {
    const r = await readOsm(enc('<?xml version="1.0"?><gpx><trk/></gpx>'));
    expect(codes(r)).toEqual(['xml-not-osm']);
  });

  it('coordinates out of range drop the node with its id', async () => {
    const xml =
      '<osm><node id="1" lat="95" lon="0"/><node id="2" lat="0" lon="-181.5"/><node id="3" lat="1" lon="1"/></osm>';
    const r = await readOsm(enc(xml));
    expect(r.ok).toBe(false);
    const bad = r.diagnostics.list().filter((d) => d.code === 'coordinate-out-of-range');
    expect(bad.map((d) => d.element?.id)).toEqual([1, 2]);
    expect(r.data.nodeCount).toBe(1);
  });

  it('a 10-million-node bomb stops at the default element limit, having pulled only what it needed', async () => {
    const counter = { nodes: 0 };
    const before = process.memoryUsage().rss;
    const r = await readOsm(xmlNodeBomb(10_000_000, counter));
    expect(codes(r)).toContain('limit-elements');
    expect(r.data.nodeCount).toBe(DEFAULT_LIMITS.maxElements);
    expect(counter.nodes).toBeLessThan(DEFAULT_LIMITS.maxElements + 20_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(600 * 1024 * 1024);
  });

  it('the byte limit stops a stream early', async () => {
    const counter = { nodes: 0 };
    const r = await readOsm(xmlNodeBomb(10_000_000, counter), { limits: { maxBytes: 1_000_000 } });
    expect(codes(r)).toContain('limit-bytes');
    expect(counter.nodes).toBeLessThan(100_000);
  });
});

describe('tolerated oddities are warnings with the element id', () => {
  it('duplicate ids keep the first and warn', async () => {
    const xml = `<osm><node id="5" lat="1" lon="1"/><node id="4" lat="2" lon="2"/><node id="5" lat="3" lon="3"/>
      <way id="9"><nd ref="5"/><nd ref="4"/></way><way id="9"><nd ref="4"/></way></osm>`;
    const r = await readOsm(enc(xml));
    expect(r.ok).toBe(true);
    expect(r.data.nodeCount).toBe(2);
    expect(r.data.lat[r.data.nodeIndex(5)]).toBe(1);
    expect(r.data.ways).toHaveLength(1);
    expect(
      r.diagnostics
        .list()
        .filter((d) => d.code === 'duplicate-id')
        .map((d) => `${d.element?.type} ${d.element?.id}`),
    ).toEqual(['node 5', 'way 9']);
  });

  it('unknown elements and tags are ignored; malformed tags are warnings', async () => {
    const xml = `<osm><meta x='1'/><node id="1" lat='1' lon="1"><tag k="foo:bar" v="a &amp; b &#233;"/></node>
      <node id="2" lat="1" lon="1" broken/><!-- a comment with <node id="3"/> --><![CDATA[<node id="4"/>]]></osm>`;
    const r = await readOsm(enc(xml));
    expect(r.data.nodeTags.get(0)).toEqual({ 'foo:bar': 'a & b é' });
    expect(codes(r)).toContain('xml-malformed');
    expect(Array.from(r.data.nodeIds)).toEqual([1]);
  });

  it('keeps the default limits sane', () => {
    expect(DEFAULT_LIMITS.maxElements).toBeGreaterThan(100_000);
    expect(DEFAULT_LIMITS.maxBytes).toBeGreaterThan(50 * 1024 * 1024);
  });
});
