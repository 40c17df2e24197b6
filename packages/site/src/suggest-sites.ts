import { coverageArea, type LngLat, type PolygonLngLat, type PolygonXY, type XY } from '@pactesur/geo';
import type { OsmData } from '@pactesur/osm';
import type { SiteModel } from './site-model.ts';

/** What kind of public space a candidate site is. */
export type CandidateCategory =
  'square' | 'pedestrian-area' | 'pedestrian-street' | 'market' | 'promenade' | 'station-forecourt';

/** A public space worth registering as a site. */
export interface SiteCandidate {
  readonly name: string;
  readonly category: CandidateCategory;
  /** The OSM elements it is made of. */
  readonly osm: readonly string[];
  /** Walkable area in m²: the outline minus buildings and water (streets: their corridors). */
  readonly walkableAreaM2: number;
  /** Outline in WGS84: one polygon for areas, one corridor per way for streets. */
  readonly outline: readonly PolygonLngLat[];
  readonly centre: LngLat;
}

/** Candidates smaller than this (m²) are left out. */
export const MIN_CANDIDATE_AREA_M2 = 200;
/** A pedestrian area within this distance (m) of a station is its forecourt. */
export const FORECOURT_DISTANCE_M = 150;
const PROMENADE = /promenade|promenada|promenáda|passeggiata|lungomare|esplanad|passeig|boardwalk/i;

interface Draft {
  name: string;
  category: CandidateCategory;
  osm: string[];
  include: PolygonXY[];
  outline: PolygonXY[];
}

/**
 * Lists the public spaces of an extract a city would care about — named squares, pedestrian areas and
 * markets; named pedestrian streets and promenades (ways of one name joined); pedestrian areas beside a
 * station (forecourts) — with walkable area and outline, largest first.
 *
 * @example
 * const candidates = suggestSites(site, result.data);
 * candidates[0]; // { name: 'Marienplatz', category: 'square', walkableAreaM2: 8551, … }
 */
export function suggestSites(site: SiteModel, data: OsmData): SiteCandidate[] {
  const stations = stationPoints(site, data);
  const drafts = new Map<string, Draft>();
  const add = (
    key: string,
    d: Omit<Draft, 'osm' | 'include' | 'outline'>,
    osm: string,
    include: readonly PolygonXY[],
    outline: readonly PolygonXY[],
  ): void => {
    const cur = drafts.get(key) ?? { ...d, osm: [], include: [], outline: [] };
    cur.osm.push(osm);
    cur.include.push(...include);
    cur.outline.push(...outline);
    drafts.set(key, cur);
  };
  for (const { area, polygons } of site.areas) {
    const t = area.tags;
    const category: CandidateCategory | null =
      t.place === 'square'
        ? 'square'
        : t.amenity === 'marketplace'
          ? 'market'
          : t.highway === 'pedestrian' || t['area:highway'] === 'pedestrian'
            ? 'pedestrian-area'
            : null;
    if (!category || polygons.length === 0) continue;
    const outer = polygons.reduce((a, b) => (b.outer.length > a.outer.length ? b : a));
    const station = t.name ? null : nearStation(outer, stations);
    const name = t.name ?? (station ? `${station} forecourt` : null);
    if (!name) continue;
    const cat: CandidateCategory = station
      ? 'station-forecourt'
      : PROMENADE.test(name)
        ? 'promenade'
        : category;
    add(`area:${name}`, { name, category: cat }, `${area.source.type}/${area.source.id}`, polygons, [outer]);
  }
  for (const w of site.walkable) {
    if (w.widthM === null || !w.name) continue;
    const promenade = PROMENADE.test(w.name);
    if (w.kind !== 'pedestrian-street' && !promenade) continue;
    add(
      `line:${w.name}`,
      { name: w.name, category: promenade ? 'promenade' : 'pedestrian-street' },
      `${w.source.type}/${w.source.id}`,
      w.pieces,
      [w.polygon],
    );
  }
  const obstacles = site.obstacles.map((o) => o.polygon);
  const out: SiteCandidate[] = [];
  for (const [key, d] of drafts) {
    if (key.startsWith('line:') && drafts.has(`area:${d.name}`)) continue;
    const walkableAreaM2 = Math.round(coverageArea(d.include, obstacles, { step: 0.2 }));
    if (walkableAreaM2 < MIN_CANDIDATE_AREA_M2) continue;
    const toLngLat = (r: readonly XY[]): LngLat[] => r.map((p) => site.projection.toLngLat(p));
    out.push({
      name: d.name,
      category: d.category,
      osm: [...new Set(d.osm)],
      walkableAreaM2,
      outline: d.outline.map((p) => ({ outer: toLngLat(p.outer), holes: p.holes.map(toLngLat) })),
      centre: site.projection.toLngLat(centroid(d.outline)),
    });
  }
  return out.sort((a, b) => b.walkableAreaM2 - a.walkableAreaM2 || a.name.localeCompare(b.name));
}

function stationPoints(site: SiteModel, data: OsmData): { name: string; at: XY }[] {
  const out: { name: string; at: XY }[] = [];
  for (const [k, t] of data.nodeTags) {
    if ((t.railway === 'station' || t.public_transport === 'station') && t.name) {
      out.push({
        name: t.name,
        at: [
          ((data.lon[k] as number) - site.projection.centre[0]) * site.projection.kx,
          ((data.lat[k] as number) - site.projection.centre[1]) * site.projection.ky,
        ] as unknown as XY,
      });
    }
  }
  for (const { area, polygons } of site.areas) {
    if (
      (area.tags.railway === 'station' ||
        area.tags.public_transport === 'station' ||
        area.tags.building === 'train_station') &&
      area.tags.name &&
      polygons[0]
    ) {
      out.push({ name: area.tags.name, at: centroid([polygons[0]]) });
    }
  }
  return out;
}

function nearStation(polygon: PolygonXY, stations: readonly { name: string; at: XY }[]): string | null {
  for (const s of stations) {
    for (const p of polygon.outer)
      if (Math.hypot(p[0] - s.at[0], p[1] - s.at[1]) <= FORECOURT_DISTANCE_M) return s.name;
  }
  return null;
}

function centroid(polygons: readonly PolygonXY[]): XY {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const p of polygons) {
    for (const [x, y] of p.outer) {
      sx += x;
      sy += y;
      n++;
    }
  }
  return [n ? sx / n : 0, n ? sy / n : 0] as unknown as XY;
}
