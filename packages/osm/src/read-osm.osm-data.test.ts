import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOsm } from './read-osm.ts';
import { oddChunks, README_COUNTS, OSM_DATA_DIR } from './test-support/osm-data.ts';

describe('every shared extract reads with the counts of its README', () => {
  it('covers every extract in the folder (two PBF, seven XML)', () => {
    const files = readdirSync(OSM_DATA_DIR).filter((f) => /\.osm(\.pbf)?$/.test(f));
    expect(files.sort()).toEqual(Object.keys(README_COUNTS).sort());
    expect(files.filter((f) => f.endsWith('.pbf'))).toHaveLength(2);
  });

  for (const [file, want] of Object.entries(README_COUNTS)) {
    it(file, async () => {
      const r = await readOsm(readFileSync(join(OSM_DATA_DIR, file)));
      expect(r.ok).toBe(true);
      expect(r.format).toBe(file.endsWith('.pbf') ? 'pbf' : 'xml');
      expect({
        nodes: r.data.nodeCount,
        ways: r.data.ways.length,
        relations: r.data.relations.length,
        missingRefs: r.data.missingNodeRefs,
      }).toEqual(want);
      expect(r.diagnostics.count('missing-node-ref') > 0).toBe(want.missingRefs > 0);
      for (let i = 0; i < r.data.nodeCount; i += 997) {
        expect(Math.abs(r.data.lon[i] as number)).toBeLessThanOrEqual(180);
        expect(r.data.nodeIndex(r.data.nodeIds[i] as number)).toBe(i);
      }
    });
  }
});

describe('missing node references are reported with the way id, not fatal', () => {
  it.each(['helsinki-centre.osm.pbf', 'paris-republique-marais.osm'])('%s', async (file) => {
    const r = await readOsm(readFileSync(join(OSM_DATA_DIR, file)));
    const missing = r.diagnostics.list().filter((d) => d.code === 'missing-node-ref');
    expect(missing.length).toBeGreaterThan(0);
    for (const d of missing) {
      expect(d.severity).toBe('warning');
      expect(d.element?.type).toBe('way');
      expect(r.data.wayIndex(d.element?.id ?? -1)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('streaming', () => {
  it.each(['breda-grote-markt.osm', 'monaco-2026-03-10.osm.pbf'])(
    '%s gives the same data in odd-sized chunks',
    async (file) => {
      const bytes = readFileSync(join(OSM_DATA_DIR, file));
      const whole = await readOsm(bytes);
      const chunked = await readOsm(oddChunks(bytes, 42));
      expect(chunked.ok).toBe(true);
      expect(chunked.data.nodeCount).toBe(whole.data.nodeCount);
      expect(Array.from(chunked.data.lat)).toEqual(Array.from(whole.data.lat));
      expect(chunked.data.ways.map((w) => w.tags)).toEqual(whole.data.ways.map((w) => w.tags));
      expect(chunked.data.relations).toEqual(whole.data.relations);
    },
  );
});
