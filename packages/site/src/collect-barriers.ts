import { lngLat, type LngLat, type LocalProjection } from '@pactesur/geo';
import { isAreaTags, type OsmData } from '@pactesur/osm';
import { barrierGap, barrierKind, type Barrier } from './barrier.ts';

/**
 * Every barrier of the extract: tagged nodes (bollards, blocks, gates, kerbs …) as points and barrier
 * ways (walls, fences, bollard rows …) as lines, with their tagged gap.
 *
 * @example
 * const bollards = collectBarriers(data, projection).filter((b) => b.kind === 'bollard');
 */
export function collectBarriers(data: OsmData, projection: LocalProjection): Barrier[] {
  const out: Barrier[] = [];
  for (const [k, tags] of data.nodeTags) {
    const kind = barrierKind(tags);
    if (!kind) continue;
    const p = lngLat(data.lon[k] as number, data.lat[k] as number);
    out.push({
      kind,
      value: tags.barrier ?? 'kerb',
      source: { type: 'node', id: data.nodeIds[k] as number },
      lngLat: [p],
      xy: [projection.toXY(p)],
      gapM: barrierGap(tags),
      kerb: tags.kerb ?? null,
    });
  }
  for (const way of data.ways) {
    const t = way.tags;
    if (t.barrier === undefined) continue;
    const n = way.refs.length;
    if (n >= 4 && way.refs[0] === way.refs[n - 1] && isAreaTags(t) && t.area === 'yes') continue;
    const kind = barrierKind(t);
    if (!kind) continue;
    const line: LngLat[] = [];
    for (const ref of way.refs) {
      const k = data.nodeIndex(ref);
      if (k >= 0) line.push(lngLat(data.lon[k] as number, data.lat[k] as number));
    }
    if (line.length < 2) continue;
    out.push({
      kind,
      value: t.barrier,
      source: { type: 'way', id: way.id },
      lngLat: line,
      xy: line.map(projection.toXY),
      gapM: barrierGap(t),
      kerb: t.kerb ?? null,
    });
  }
  return out;
}
