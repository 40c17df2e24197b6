// The extract → site model pipeline on broken and hostile extracts: `siteModelFromBytes` answers a model or
// the problem, `runExtractImport` its result (and what it returns fits the API's contracts), never an
// exception, within bounded time and memory. Corpus: fuzz/corpus/osm/ and fuzz/corpus/site/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractSummary, SiteCandidate } from '@pactesur/contracts';
import { bounded, corpus, fuzz, hostileNumberText, hostileText, mutatedText } from '../../../fuzz/harness.mjs';
import { runExtractImport } from './extract-import.ts';
import { siteModelFromBytes } from './site-from-bytes.ts';

const PARSER = 'site';
const entries = [...corpus('osm'), ...corpus(PARSER)];
const seedXml = new TextDecoder().decode(corpus('osm').find((e) => e.name === 'seed-square.osm')?.bytes);

/** Runs both entries on `bytes` and checks their documented results. */
async function check(bytes: Uint8Array): Promise<void> {
  const site = await siteModelFromBytes(bytes);
  if (site.ok) {
    expect(Number.isFinite(site.model.walkableAreaM2)).toBe(true);
    expect(site.model.walkableAreaM2).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(site.model.graph.edgeCount)).toBe(true);
  } else {
    expect(site.model).toBeNull();
    expect(typeof site.problem).toBe('string');
  }
  const imported = await runExtractImport(bytes, 'fuzz.osm');
  if (!imported.ok) {
    expect(['empty', 'unreadable', 'no-space']).toContain(imported.error.code);
    expect(imported.error.message).toMatch(/^fuzz\.osm/);
    return;
  }
  const { summary, candidates, layers } = imported.value;
  const s = ExtractSummary.safeParse(summary);
  if (!s.success) throw new Error(`the summary breaks its contract: ${s.error.message}`);
  for (const c of candidates) {
    const r = SiteCandidate.safeParse(c);
    if (!r.success) throw new Error(`candidate "${c.name}" breaks its contract: ${r.error.message}`);
  }
  // The layers go out as JSON: no NaN or Infinity in a feature, which would turn into null.
  expect(JSON.stringify(layers.features)).not.toMatch(/[[,:]null[\],}]/);
}

// ---------------------------------------------------------------------------------------------------------
// Whole documents generated from the tags the site model reads, on hostile geometry.

const vocabulary: Record<string, readonly string[]> = {
  highway: ['pedestrian', 'footway', 'residential', 'primary', 'service', 'steps', 'living_street', 'track', 'motorway', 'cycleway', 'path', 'unclassified'],
  area: ['yes', 'no'],
  'area:highway': ['pedestrian', 'footway', 'yes'],
  barrier: ['bollard', 'wall', 'fence', 'gate', 'kerb', 'block', 'planter', 'retaining_wall', 'hedge', 'lift_gate', 'yes'],
  building: ['yes', 'church', 'roof'],
  place: ['square'],
  amenity: ['marketplace', 'parking', 'fountain', 'bench'],
  leisure: ['park', 'pitch'],
  landuse: ['grass', 'retail'],
  natural: ['water', 'tree_row'],
  railway: ['rail', 'tram', 'platform'],
  public_transport: ['platform', 'station'],
  man_made: ['bridge'],
  type: ['multipolygon', 'route', 'boundary'],
  name: ['Grote Markt', '', 'Ünïcødé', '<&>'],
  width: ['3', '2.5 m', '350 cm', "10'", '0', '-1', '1e400', '199.9', '200', 'NaN', '3;4', 'wide'],
  'sidewalk:both:width': ['2', '0', '1e9'],
  sidewalk: ['both', 'left', 'right', 'no', 'separate'],
  layer: ['-5', '0', '1', '99999999999', 'NaN'],
  lanes: ['1', '2', '0', '-1', '1e309'],
  oneway: ['yes', '-1', 'no'],
  maxwidth: ['2.2', 'none', '-3'],
  kerb: ['raised', 'flush', 'lowered'],
  tunnel: ['yes'],
  covered: ['yes'],
  indoor: ['yes'],
  access: ['no', 'private'],
  foot: ['no', 'yes'],
  surface: ['paving_stones', 'gravel'],
};
const keys = Object.keys(vocabulary);
const tagArb = fc.oneof(
  { arbitrary: fc.constantFrom(...keys).chain((k) => fc.tuple(fc.constant(k), fc.constantFrom(...(vocabulary[k] ?? [''])))), weight: 8 },
  { arbitrary: fc.tuple(fc.constantFrom(...keys), hostileText.map((v) => v.slice(0, 300))), weight: 1 },
);
const tagsArb = fc.array(tagArb, { maxLength: 5 });

/** Coordinates of the nodes: ordinary, all on one point, on one line, across the world, at a pole, on the antimeridian. */
const layouts = fc.constantFrom('square', 'point', 'line', 'world', 'pole', 'antimeridian', 'tiny');
function place(layout: string, u: number, v: number): [number, number] {
  switch (layout) {
    case 'point':
      return [4.7765, 51.588];
    case 'line':
      return [4.775 + 0.003 * u, 51.587 + 0.003 * u];
    case 'world':
      return [-180 + 360 * u, -90 + 180 * v];
    case 'pole':
      return [-180 + 360 * u, 89.9999 + 0.0001 * v];
    case 'antimeridian':
      return [u < 0.5 ? 179.9995 + u * 0.0005 : -180 + (u - 0.5) * 0.001, 10 + 0.001 * v];
    case 'tiny':
      return [4.7765 + 1e-12 * u, 51.588 + 1e-12 * v];
    default:
      return [4.775 + 0.003 * u, 51.587 + 0.002 * v];
  }
}
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const documents = fc
  .record({
    layout: layouts,
    nodes: fc.array(fc.record({ u: unit, v: unit, tags: fc.option(tagsArb, { nil: undefined, freq: 4 }) }), { minLength: 1, maxLength: 40 }),
    ways: fc.array(
      fc.record({ refs: fc.array(fc.nat({ max: 45 }), { minLength: 0, maxLength: 20 }), closed: fc.boolean(), tags: tagsArb }),
      { maxLength: 14 },
    ),
    relations: fc.array(
      fc.record({
        members: fc.array(fc.record({ way: fc.nat({ max: 16 }), role: fc.constantFrom('outer', 'inner', '', 'forward') }), { maxLength: 6 }),
        tags: tagsArb,
      }),
      { maxLength: 3 },
    ),
    bounds: fc.boolean(),
  })
  .map((d) => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const tags = (t: readonly (readonly [string, string])[]) => t.map(([k, v]) => `<tag k="${esc(k)}" v="${esc(v)}"/>`).join('');
    const out = ['<?xml version="1.0"?><osm version="0.6">'];
    if (d.bounds) out.push('<bounds minlat="51.587" minlon="4.775" maxlat="51.589" maxlon="4.778"/>');
    d.nodes.forEach((n, i) => {
      const [lon, lat] = place(d.layout, n.u, n.v);
      out.push(`<node id="${i + 1}" lat="${lat}" lon="${lon}">${tags(n.tags ?? [])}</node>`);
    });
    d.ways.forEach((w, i) => {
      const refs = w.closed && w.refs.length > 0 ? [...w.refs, w.refs[0] as number] : w.refs;
      out.push(`<way id="${i + 1}">${refs.map((r) => `<nd ref="${r + 1}"/>`).join('')}${tags(w.tags)}</way>`);
    });
    d.relations.forEach((r, i) => {
      out.push(`<relation id="${i + 1}">${r.members.map((m) => `<member type="way" ref="${m.way + 1}" role="${m.role}"/>`).join('')}${tags(r.tags)}</relation>`);
    });
    out.push('</osm>');
    return new TextEncoder().encode(out.join('\n'));
  });

const siteValues = fc.oneof(
  hostileNumberText,
  hostileText,
  fc.constantFrom('89.9999999', '-89.9999999', '180', '-180', '0', '51.5875000', '4.7765000', 'pedestrian', 'multipolygon', 'outer', 'inner', 'yes', 'square', 'wall', 'bollard'),
);

describe('siteModelFromBytes and runExtractImport on hostile extracts', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) => bounded(() => check(bytes)));

  it('give a model, or the reason, for generated extracts on hostile geometry', () =>
    fuzz(PARSER, documents, check, { runs: 150, encode: (b) => b, ext: '.osm' }));

  it('give a model, or the reason, for mutations of a valid extract', () =>
    fuzz(PARSER, mutatedText(seedXml, { values: siteValues, maxRepeat: 500 }), check, { runs: 150, encode: (b) => b, ext: '.osm' }));
});
