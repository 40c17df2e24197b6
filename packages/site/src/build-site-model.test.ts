import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOsm } from '@pactesur/osm';
import { buildSiteModel } from './build-site-model.ts';
import { EdgeFlag } from './edge-flags.ts';
import { EDGE_CLASSES } from './highway-class.ts';
import type { TraversableGraph } from './traversable-graph.ts';
import { edgeSource } from './traversable-graph.ts';

/** A synthetic extract around (0°, 0°): 1e-5° ≈ 1.11 m. */
function osm(body: string): Uint8Array {
  return new TextEncoder().encode(
    `<osm version="0.6"><bounds minlat="-0.01" minlon="-0.01" maxlat="0.01" maxlon="0.01"/>${body}</osm>`,
  );
}
const node = (id: number, x: number, y: number, tags = ''): string =>
  `<node id="${id}" lon="${x * 1e-5}" lat="${y * 1e-5}">${tags}</node>`;
const way = (id: number, refs: number[], tags: Record<string, string>): string =>
  `<way id="${id}">${refs.map((r) => `<nd ref="${r}"/>`).join('')}${Object.entries(tags)
    .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
    .join('')}</way>`;

async function site(body: string) {
  const r = await readOsm(osm(body));
  expect(r.ok).toBe(true);
  return buildSiteModel(r.data, r.diagnostics);
}

function checkCsr(g: TraversableGraph): void {
  expect(g.offsets[0]).toBe(0);
  expect(g.offsets[g.nodeCount]).toBe(g.edgeCount);
  const broken: string[] = [];
  for (let v = 0; v < g.nodeCount; v++) {
    if ((g.offsets[v + 1] as number) < (g.offsets[v] as number)) broken.push(`offsets at ${v}`);
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
      const r = g.reverse[e] as number;
      if (g.reverse[r] !== e || g.targets[r] !== v) broken.push(`reverse of ${e}`);
      if (edgeSource(g, e) !== v) broken.push(`source of ${e}`);
      if (!((g.lengthM[e] as number) > 0) || g.lengthM[e] !== g.lengthM[r]) broken.push(`length of ${e}`);
    }
  }
  expect(broken.slice(0, 5)).toEqual([]);
}

describe('buildSiteModel on small synthetic extracts', () => {
  it('compiles every highway (not steps) and tram track into a consistent CSR graph', async () => {
    const s = await site(
      [
        node(1, 0, 0),
        node(2, 100, 0),
        node(3, 200, 0),
        node(4, 200, 100),
        node(5, 300, 0),
        node(6, 0, 100),
        node(7, 100, 100),
      ].join('') +
        way(10, [1, 2, 3], { highway: 'residential', oneway: 'yes', lanes: '2' }) +
        way(11, [3, 4], { highway: 'footway', width: '3' }) +
        way(12, [3, 5], { highway: 'steps' }) +
        way(13, [6, 7], { railway: 'tram' }) +
        way(14, [1, 99, 6], { highway: 'service', access: 'private' }),
    );
    const g = s.graph;
    checkCsr(g);
    expect(g.edgeCount).toBe(2 * 4);
    const classes = new Set(Array.from(g.edgeClass, (c) => EDGE_CLASSES[c]));
    expect(classes).toEqual(new Set(['residential', 'footway', 'tram']));
    const e = Array.from({ length: g.edgeCount }, (_, i) => i).find(
      (i) =>
        EDGE_CLASSES[g.edgeClass[i] as number] === 'residential' && (g.flags[i] as number) & EdgeFlag.ONEWAY,
    );
    expect(e).toBeDefined();
    expect(g.lengthM[e as number]).toBeCloseTo(111.3, 0);
    expect(g.widthM[e as number]).toBeCloseTo(6.4, 5);
    expect((g.flags[g.reverse[e as number] as number] as number) & EdgeFlag.AGAINST_ONEWAY).toBeTruthy();
  });

  it('crosses an open square with run-in edges that avoid a building inside it', async () => {
    const sq = [node(1, 0, 0), node(2, 100, 0), node(3, 100, 100), node(4, 0, 100)];
    const building = [node(11, 40, -10), node(12, 60, -10), node(13, 60, 110), node(14, 40, 110)];
    const roads = [node(21, -50, 50), node(22, 0, 50), node(23, 150, 50), node(24, 100, 50)];
    const s = await site(
      [...sq, ...building, ...roads].join('') +
        way(30, [1, 2, 24, 3, 4, 22, 1], { place: 'square', name: 'Test Square' }) +
        way(31, [21, 22], { highway: 'residential' }) +
        way(32, [24, 23], { highway: 'residential' }) +
        way(33, [11, 12, 13, 14, 11], { building: 'yes' }),
    );
    checkCsr(s.graph);
    expect(s.stats.openAreas.boundarySegments).toBe(6);
    expect(s.stats.openAreas.runInSegments).toBe(0);
    const open = await site(
      [...sq, ...roads].join('') +
        way(30, [1, 2, 24, 3, 4, 22, 1], { place: 'square' }) +
        way(31, [21, 22], { highway: 'residential' }) +
        way(32, [24, 23], { highway: 'residential' }),
    );
    expect(open.stats.openAreas.runInSegments).toBe(1);
  });

  it('links bollards on the network and marks edges crossing a fence', async () => {
    const s = await site(
      [
        node(1, 0, 0),
        node(2, 50, 0, '<tag k="barrier" v="bollard"/><tag k="maxwidth:physical" v="1.4"/>'),
        node(3, 100, 0),
        node(4, 75, -20),
        node(5, 75, 20),
      ].join('') +
        way(10, [1, 2, 3], { highway: 'pedestrian' }) +
        way(11, [4, 5], { barrier: 'fence' }),
    );
    const g = s.graph;
    const bollard = s.barriers.findIndex((b) => b.kind === 'bollard');
    expect(s.barriers[bollard]?.gapM).toBe(1.4);
    expect(Array.from(g.nodeBarrier).filter((b) => b === bollard)).toHaveLength(1);
    const crossing = Array.from(g.edgeBarrier).filter((b) => b >= 0);
    expect(crossing).toHaveLength(2);
    expect(s.barriers[crossing[0] as number]?.kind).toBe('fence');
  });

  it('measures walkable space: footway corridors and sidewalks minus buildings', async () => {
    const s = await site(
      [
        node(1, 0, 0),
        node(2, 100, 0),
        node(3, 0, 50),
        node(4, 100, 50),
        node(11, 40, -5),
        node(12, 60, -5),
        node(13, 60, 5),
        node(14, 40, 5),
      ].join('') +
        way(10, [1, 2], { highway: 'footway', width: '4' }) +
        way(20, [3, 4], {
          highway: 'residential',
          width: '6',
          sidewalk: 'both',
          'sidewalk:both:width': '2',
        }) +
        way(30, [11, 12, 13, 14, 11], { building: 'yes' }),
    );
    const len = 100 * 1.11319;
    const building = 20 * 1.11319 * 10 * 1.10574;
    const footwayInside = 20 * 1.11319 * 4;
    expect(s.walkableAreaM2).toBeCloseTo(len * 4 - footwayInside + 2 * len * 2, -1);
    expect(building).toBeGreaterThan(footwayInside);
    expect(s.walkable.filter((w) => w.kind === 'sidewalk')).toHaveLength(2);
  });
});

describe('buildSiteModel on a real extract', () => {
  it('gives Paris-République a connected, consistent graph despite missing nodes', async () => {
    const r = await readOsm(
      readFileSync(
        fileURLToPath(new URL('../../../data/osm/paris-republique-marais.osm', import.meta.url)),
      ),
    );
    const s = buildSiteModel(r.data, r.diagnostics);
    checkCsr(s.graph);
    expect(s.graph.edgeCount).toBeGreaterThan(2000);
    expect(s.barriers.filter((b) => b.kind === 'bollard')).toHaveLength(6);
    expect(s.walkableAreaM2).toBeGreaterThan(14_500);
  });
});
