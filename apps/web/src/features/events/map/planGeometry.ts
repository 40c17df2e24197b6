import type { LngLat, MultiPolygon, PlanFeature } from '@pactesur/contracts';
import { exitBetween, exitWidthM, snapToOutline } from '../../crowd/map/crowdExits.ts';
import type { Bounds } from '../../sites/map/outlines.ts';

/** How far (m) from the edge of the audience zones a typed exit's end may be: it is snapped onto it. */
export const EXIT_SNAP_TOLERANCE_M = 25;

/**
 * The audience zones of a plan as one MultiPolygon (holes kept): the area the crowd holds, whose edge the
 * exits lie on; null without any.
 */
export function audienceOutline(features: readonly PlanFeature[]): MultiPolygon | null {
  const polygons = features.flatMap((f) =>
    f.type === 'zone' && f.use === 'audience' ? [f.polygon.coordinates] : [],
  );
  return polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
}

/** Why an exit cannot be placed. */
export type ExitProblem = 'no-audience-zone' | 'off-edge' | 'same-point';

/**
 * An exit between two points: both snapped onto the edge of the audience zones (the crowd simulation
 * needs its exits on the edge of the area it walks in), along one edge, with its width the length of the
 * segment to the decimetre. A point further than `toleranceM` from the edge is refused (a click anywhere
 * snaps: pass `Infinity`).
 *
 * @example exitOnEdge(features, [11.5751, 48.1372], [11.5753, 48.1372]) // { ok: true, line, widthM: 14.9 }
 */
export function exitOnEdge(
  features: readonly PlanFeature[],
  from: LngLat,
  to: LngLat,
  toleranceM = EXIT_SNAP_TOLERANCE_M,
):
  | { readonly ok: true; readonly line: [LngLat, LngLat]; readonly widthM: number }
  | { readonly ok: false; readonly problem: ExitProblem } {
  const outline = audienceOutline(features);
  if (!outline) return { ok: false, problem: 'no-audience-zone' };
  if ([from, to].some((p) => (snapToOutline(p, outline)?.distanceM ?? Infinity) > toleranceM))
    return { ok: false, problem: 'off-edge' };
  const line = exitBetween(from, to, outline);
  if (!line) return { ok: false, problem: 'same-point' };
  return { ok: true, line, widthM: Math.max(0.1, Math.round(exitWidthM(line) * 10) / 10) };
}

/** Every point of a feature, for framing the map. */
export function featurePoints(f: PlanFeature): readonly LngLat[] {
  switch (f.type) {
    case 'zone':
    case 'structure':
      return f.polygon.coordinates[0] ?? [];
    case 'exit':
      return f.line;
    case 'route':
    case 'vehicle-barrier':
      return f.path;
    case 'screening':
    case 'point':
      return [f.at];
  }
}

/** The box round the plan's features, null for an empty plan (the map frames the site then). */
export function planBounds(features: readonly PlanFeature[]): Bounds | null {
  const points = features.flatMap(featurePoints);
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
