import { localProjection } from '../geometry/wgs84.ts';
import type { Point } from '../geometry/vec.ts';
import type { Scenario } from './schema.ts';

/**
 * The scenario in local metres: WGS84 coordinates (lon, lat) are projected around the first walkable
 * vertex; local scenarios are returned unchanged. Also returns the projection origin (null for local).
 * @example
 * const { scenario, origin } = toLocal(parsed);
 */
export function toLocal(s: Scenario): { scenario: Scenario; origin: Point | null } {
  if (s.geometry.crs === 'local') return { scenario: s, origin: null };
  const first = s.geometry.walkable[0]?.[0] ?? [0, 0];
  const p = localProjection(first);
  const pt = (q: Point): [number, number] => {
    const [x, y] = p.toLocal(q);
    return [x, y];
  };
  const ring = (r: readonly Point[]) => r.map(pt);
  return {
    origin: first,
    scenario: {
      ...s,
      geometry: {
        crs: 'local',
        walkable: s.geometry.walkable.map(ring),
        obstacles: s.geometry.obstacles.map(ring),
      },
      exits: s.exits.map((e) => ({
        ...e,
        polygon: e.polygon ? ring(e.polygon) : undefined,
        line: e.line ? [pt(e.line[0]), pt(e.line[1])] : undefined,
      })),
      agents: s.agents.map((a) => ({ ...a, area: ring(a.area) })),
      measure: {
        ...s.measure,
        lines: s.measure.lines.map((l) => ({ ...l, from: pt(l.from), to: pt(l.to) })),
        areas: s.measure.areas.map((a) => ({ ...a, polygon: ring(a.polygon) })),
      },
    },
  };
}
