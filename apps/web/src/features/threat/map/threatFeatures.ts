import type { ClassThreat, LngLat, Polygon, ThreatEntry, ThreatResult } from '@pactesur/contracts';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Bounds } from '../../sites/map/outlines.ts';
import { speedColour } from './threatColours.ts';

/** A perimeter point as drawn: its speed for the class and the colour of that speed. */
export interface PerimeterPointProperties {
  readonly atM: number;
  readonly speedKmh: number;
  readonly colour: string;
  readonly reached: boolean;
  /** Index of the entry reaching it, -1 when none (MapLibre filters do not compare with null). */
  readonly entry: number;
}

/** A worst run-up path as drawn. */
export interface EntryPathProperties {
  readonly entry: number;
  readonly speedKmh: number;
  readonly colour: string;
}

/** An entry with its place in the class's list (the number people see is `index + 1`). */
export interface RankedEntry {
  readonly index: number;
  readonly entry: ThreatEntry;
}

/**
 * The class shown first: the one bringing the most energy into the zone (ties: the faster), or the first
 * class when none reaches it; null without classes.
 */
export function defaultClassId(result: Pick<ThreatResult, 'classes'>): string | null {
  let best: ClassThreat | null = null;
  for (const c of result.classes) {
    if (c.maxSpeedKmh <= 0) continue;
    if (
      !best ||
      c.maxEnergyKJ > best.maxEnergyKJ ||
      (c.maxEnergyKJ === best.maxEnergyKJ && c.maxSpeedKmh > best.maxSpeedKmh)
    )
      best = c;
  }
  return best?.class ?? result.classes[0]?.class ?? null;
}

/** The entries of a class, most dangerous first: by speed, then energy, then the shorter run-up. */
export function entriesByDanger(threat: Pick<ClassThreat, 'entries'>): readonly RankedEntry[] {
  return threat.entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        b.entry.speedKmh - a.entry.speedKmh ||
        b.entry.energyKJ - a.entry.energyKJ ||
        a.entry.runUpM - b.entry.runUpM ||
        a.index - b.index,
    );
}

/** The perimeter points of a class, coloured by impact speed; unreached points come first (drawn below). */
export function perimeterPointFeatures(
  threat: Pick<ClassThreat, 'points'>,
): FeatureCollection<Point, PerimeterPointProperties> {
  const features = threat.points.map((p): Feature<Point, PerimeterPointProperties> => ({
    type: 'Feature',
    properties: {
      atM: p.atM,
      speedKmh: p.entry === null ? 0 : p.speedKmh,
      colour: speedColour(p.entry === null ? 0 : p.speedKmh),
      reached: p.entry !== null && p.speedKmh > 0,
      entry: p.entry ?? -1,
    },
    geometry: { type: 'Point', coordinates: [...p.at] },
  }));
  features.sort((a, b) => a.properties.speedKmh - b.properties.speedKmh);
  return { type: 'FeatureCollection', features };
}

/** The worst run-up path of every entry, slowest first so that the fastest are drawn on top. */
export function entryPathFeatures(
  threat: Pick<ClassThreat, 'entries'>,
): FeatureCollection<LineString, EntryPathProperties> {
  const features = threat.entries
    .map((e, entry): Feature<LineString, EntryPathProperties> | null =>
      e.path.length < 2
        ? null
        : {
            type: 'Feature',
            properties: { entry, speedKmh: e.speedKmh, colour: speedColour(e.speedKmh) },
            geometry: { type: 'LineString', coordinates: e.path.map((p) => [...p]) },
          },
    )
    .filter((f) => f !== null);
  features.sort((a, b) => a.properties.speedKmh - b.properties.speedKmh);
  return { type: 'FeatureCollection', features };
}

/**
 * The stretch of perimeter an entry reaches, from `fromM` to `toM` along the perimeter's points (wrapping
 * past the first corner when `fromM > toM`); a single point when the stretch holds fewer than two.
 */
export function entryStretch(
  threat: Pick<ClassThreat, 'points' | 'entries'>,
  index: number,
): Feature<LineString | Point, { entry: number }> | null {
  const entry = threat.entries[index];
  if (!entry) return null;
  const { fromM, toM } = entry;
  const inside = (atM: number) => (fromM <= toM ? atM >= fromM && atM <= toM : atM >= fromM || atM <= toM);
  const along = threat.points
    .filter((p) => inside(p.atM))
    .sort((a, b) => {
      // After wrapping, the points past the first corner come last.
      const key = (atM: number) => (fromM > toM && atM < fromM ? atM + 1e12 : atM);
      return key(a.atM) - key(b.atM);
    })
    .map((p): LngLat => p.at);
  const geometry: LineString | Point =
    along.length >= 2
      ? { type: 'LineString', coordinates: along.map((p) => [...p]) }
      : { type: 'Point', coordinates: [...(along[0] ?? entry.at)] };
  return { type: 'Feature', properties: { entry: index }, geometry };
}

/** What fitting the map to an entry frames: its path, the stretch it reaches and its impact point. */
export function entryBounds(threat: Pick<ClassThreat, 'points' | 'entries'>, index: number): Bounds | null {
  const entry = threat.entries[index];
  if (!entry) return null;
  const stretch = entryStretch(threat, index)?.geometry;
  const coords: readonly (readonly number[])[] = [
    ...entry.path,
    entry.at,
    entry.origin,
    ...(stretch?.type === 'LineString' ? stretch.coordinates : []),
  ];
  return boundsOf(coords);
}

/** West, south, east, north of a polygon's outer ring. */
export function zoneBounds(zone: Polygon): Bounds | null {
  return boundsOf(zone.coordinates[0] ?? []);
}

/** West, south, east, north of some points (non-finite ones skipped), or null when none is left. */
export function boundsOf(coords: readonly (readonly number[])[]): Bounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon = NaN, lat = NaN] of coords) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    w = Math.min(w, lon);
    s = Math.min(s, lat);
    e = Math.max(e, lon);
    n = Math.max(n, lat);
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
