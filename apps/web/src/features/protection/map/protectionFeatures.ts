import type { LngLat, PlanMeasure, PlanResult, Polygon } from '@pactesur/contracts';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Bounds } from '../../sites/map/outlines.ts';
import { boundsOf } from '../../threat/map/threatFeatures.ts';

/**
 * What a measure is on the map and in the legend: a fixed rated product, one that opens (automatic or
 * removable, letting emergency vehicles through), or a speed-reduction layout (alone, or with a rated
 * product behind it).
 */
export type MeasureCategory = 'fixed' | 'openable' | 'layout';

export const MEASURE_CATEGORIES: readonly MeasureCategory[] = ['fixed', 'openable', 'layout'];

/** The feasible result of a plan, the only one with measures to draw. */
export type FeasiblePlan = Extract<PlanResult, { feasible: true }>;

/** Product ids of a rated product behind a layout join the two ids with `+` (`chicane-30+bollard-…`). */
const LAYOUT_JOIN = '+';

/**
 * The category of a measure: a layout when it has no rating (a layout alone) or is a product behind a
 * layout; else openable or fixed.
 *
 * @example measureCategory({ product: 'chicane-30', rating: null, openable: true }) // 'layout'
 * @example measureCategory({ product: 'bollard-automatic-n3c-48', rating: 'IWA 14-1 …', openable: true }) // 'openable'
 */
export function measureCategory(m: Pick<PlanMeasure, 'product' | 'rating' | 'openable'>): MeasureCategory {
  if (m.rating === null || m.product.includes(LAYOUT_JOIN)) return 'layout';
  return m.openable ? 'openable' : 'fixed';
}

/** A measure's line as drawn. */
export interface MeasureLineProperties {
  /** Index of the measure in the plan's list (the number people see is `index + 1`). */
  readonly index: number;
  readonly category: MeasureCategory;
  /** Kept by the plan's request, or about to be (a pending lock). */
  readonly locked: boolean;
  readonly selected: boolean;
}

/** The line of every measure, the selected one last (drawn on top). */
export function measureLineFeatures(
  measures: readonly PlanMeasure[],
  selected: number | null,
  pendingLocks: ReadonlySet<number> = new Set(),
): FeatureCollection<LineString, MeasureLineProperties> {
  const features = measures.map((m, index): Feature<LineString, MeasureLineProperties> => ({
    type: 'Feature',
    properties: {
      index,
      category: measureCategory(m),
      locked: m.locked || pendingLocks.has(index),
      selected: index === selected,
    },
    geometry: { type: 'LineString', coordinates: m.line.map((p) => [...p]) },
  }));
  features.sort((a, b) => Number(a.properties.selected) - Number(b.properties.selected));
  return { type: 'FeatureCollection', features };
}

/** Perimeter crossings the verification found a design-basis class still reaches, fastest last (on top). */
export function unstoppedFeatures(
  verification: Pick<FeasiblePlan['verification'], 'unstopped'>,
): FeatureCollection<Point, { class: string; speedKmh: number }> {
  const features = verification.unstopped.map((u): Feature<Point, { class: string; speedKmh: number }> => ({
    type: 'Feature',
    properties: { class: u.class, speedKmh: u.speedKmh },
    geometry: { type: 'Point', coordinates: [...u.at] },
  }));
  features.sort((a, b) => a.properties.speedKmh - b.properties.speedKmh);
  return { type: 'FeatureCollection', features };
}

/** Named points (emergency stations) as GeoJSON points. */
export function namedPointFeatures(
  points: readonly { readonly name: string; readonly at: LngLat }[],
): FeatureCollection<Point, { name: string }> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      properties: { name: p.name },
      geometry: { type: 'Point', coordinates: [...p.at] },
    })),
  };
}

/** Places where no barrier may go (the request's and the pending ones). */
export function forbiddenFeatures(points: readonly LngLat[]): FeatureCollection<Point, { n: number }> {
  return {
    type: 'FeatureCollection',
    features: points.map((p, i) => ({
      type: 'Feature',
      properties: { n: i + 1 },
      geometry: { type: 'Point', coordinates: [...p] },
    })),
  };
}

/** What the whole plan covers: the zone and every measure's line. */
export function planBounds(zone: Polygon, measures: readonly Pick<PlanMeasure, 'line'>[]): Bounds | null {
  return boundsOf([...(zone.coordinates[0] ?? []), ...measures.flatMap((m) => m.line)]);
}

/** What selecting a measure frames: its line (the map adds a margin around a small box). */
export function measureBounds(m: Pick<PlanMeasure, 'line' | 'at'>): Bounds | null {
  return boundsOf([...m.line, m.at]);
}

export interface MeasureTotals {
  readonly costEur: number;
  readonly maintenancePerYearEur: number;
  readonly units: number;
  readonly widthM: number;
}

/** The sums of the measures' columns (the plan's own totals are the same sums, each row rounded to the euro). */
export function measureTotals(
  measures: readonly Pick<PlanMeasure, 'costEur' | 'maintenancePerYearEur' | 'units' | 'widthM'>[],
): MeasureTotals {
  let [costEur, maintenancePerYearEur, units, widthM] = [0, 0, 0, 0];
  for (const m of measures) {
    costEur += m.costEur;
    maintenancePerYearEur += m.maintenancePerYearEur;
    units += m.units;
    widthM += m.widthM;
  }
  return { costEur, maintenancePerYearEur, units, widthM };
}
