import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAreaTags } from './area-tags.ts';
import { assembleAreas } from './assemble-areas.ts';
import { joinRings } from './join-rings.ts';
import { readOsm } from './read-osm.ts';
import { OSM_DATA_DIR } from './test-support/osm-data.ts';

describe('joinRings', () => {
  it('joins pieces, reversing where needed', () => {
    expect(
      joinRings([
        [1, 2, 3],
        [1, 4, 3],
      ]),
    ).toEqual({ closed: [[1, 4, 3, 2, 1]], unclosed: [] });
  });
  it('returns pieces that cannot close', () => {
    const r = joinRings([
      [1, 2, 3],
      [7, 8, 9, 7],
    ]);
    expect(r.closed).toEqual([[7, 8, 9, 7]]);
    expect(r.unclosed).toEqual([[1, 2, 3]]);
  });
});

describe('isAreaTags', () => {
  it.each([
    [{ building: 'yes' }, true],
    [{ highway: 'pedestrian' }, true],
    [{ highway: 'footway' }, false],
    [{ highway: 'footway', area: 'yes' }, true],
    [{ barrier: 'fence' }, false],
    [{ natural: 'coastline' }, false],
    [{ natural: 'water' }, true],
    [{ amenity: 'parking', area: 'no' }, false],
  ])('%j → %s', (tags, want) => expect(isAreaTags(tags)).toBe(want));
});

const xml = (s: string): Uint8Array => new TextEncoder().encode(`<osm>${s}</osm>`);
const nodes = [
  [1, 0, 0],
  [2, 0.001, 0],
  [3, 0.001, 0.001],
  [4, 0, 0.001],
  [5, 0.0004, 0.0004],
  [6, 0.0006, 0.0004],
  [7, 0.0006, 0.0006],
  [8, 0.0004, 0.0006],
]
  .map(([id, lon, lat]) => `<node id="${id}" lon="${lon}" lat="${lat}"/>`)
  .join('');

describe('assembleAreas', () => {
  it('builds a multipolygon with a hole from split outer ways', async () => {
    const r = await readOsm(
      xml(`${nodes}
      <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/></way>
      <way id="11"><nd ref="1"/><nd ref="4"/><nd ref="3"/></way>
      <way id="12"><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="8"/><nd ref="5"/></way>
      <relation id="20"><member type="way" ref="10" role="outer"/><member type="way" ref="11" role="outer"/>
        <member type="way" ref="12" role="inner"/><member type="way" ref="99" role="outer"/>
        <tag k="type" v="multipolygon"/><tag k="place" v="square"/></relation>`),
    );
    const areas = assembleAreas(r.data, r.diagnostics);
    const rel = areas.find((a) => a.source.type === 'relation');
    expect(rel?.polygons).toHaveLength(1);
    expect(rel?.polygons[0]?.outer).toHaveLength(4);
    expect(rel?.polygons[0]?.holes).toHaveLength(1);
    expect(r.diagnostics.list().find((d) => d.code === 'missing-member')?.element).toEqual({
      type: 'relation',
      id: 20,
    });
  });

  it('reports an unclosed ring with the relation id and does not crash', async () => {
    const r = await readOsm(
      xml(`${nodes}<way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/></way>
      <relation id="21"><member type="way" ref="10" role="outer"/><tag k="type" v="multipolygon"/></relation>`),
    );
    expect(assembleAreas(r.data, r.diagnostics)).toEqual([]);
    expect(r.diagnostics.list().find((d) => d.code === 'ring-unclosed')?.element).toEqual({
      type: 'relation',
      id: 21,
    });
  });

  it('finds the pedestrian areas of Munich Marienplatz', async () => {
    const r = await readOsm(readFileSync(join(OSM_DATA_DIR, 'munich-marienplatz.osm')));
    const areas = assembleAreas(r.data, r.diagnostics);
    const ped = areas.filter((a) => a.tags.highway === 'pedestrian');
    expect(ped.length).toBe(11);
    expect(areas.filter((a) => a.tags.building).length).toBeGreaterThan(100);
  });
});
