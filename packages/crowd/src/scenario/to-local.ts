import { createLocalProjection, err, ok, toLngLat, type LocalProjection, type Result } from '@pactesur/geo';
import type { Point } from '../geometry/vec.ts';
import type { Issue } from '../issue.ts';
import type { Scenario } from './schema.ts';

/** A scenario in local metres and the projection its WGS84 coordinates went through (null when local). */
export interface LocalScenario {
  readonly scenario: Scenario;
  readonly projection: LocalProjection | null;
}

/**
 * The scenario in local metres: WGS84 coordinates (lon, lat) are projected with geo's local projection
 * around the first walkable vertex; local scenarios are returned unchanged. Refuses a point that is not a
 * longitude and latitude, naming it.
 * @example
 * const r = toLocal(parsed);
 * if (r.ok) r.value.projection?.toLngLat(xy(10, 0));
 */
export function toLocal(s: Scenario): Result<LocalScenario, readonly Issue[]> {
  if (s.geometry.crs === 'local') return ok({ scenario: s, projection: null });
  const first = s.geometry.walkable[0]?.[0] ?? [0, 0];
  const centre = toLngLat(first[0], first[1]);
  if (!centre.ok) return err([{ path: 'geometry.walkable[0][0]', message: centre.error.message }]);
  const p = createLocalProjection(centre.value);
  const issues: Issue[] = [];
  const pt = (q: Point, path: string): [number, number] => {
    const ll = toLngLat(q[0], q[1]);
    if (!ll.ok) {
      issues.push({ path, message: ll.error.message });
      return [0, 0];
    }
    const [x, y] = p.toXY(ll.value);
    return [x, y];
  };
  const ring = (r: readonly Point[], path: string) => r.map((q, i) => pt(q, `${path}[${i}]`));
  const scenario: Scenario = {
    ...s,
    geometry: {
      crs: 'local',
      walkable: s.geometry.walkable.map((r, k) => ring(r, `geometry.walkable[${k}]`)),
      obstacles: s.geometry.obstacles.map((r, k) => ring(r, `geometry.obstacles[${k}]`)),
    },
    exits: s.exits.map((e, k) => ({
      ...e,
      polygon: e.polygon ? ring(e.polygon, `exits[${k}].polygon`) : undefined,
      line: e.line ? [pt(e.line[0], `exits[${k}].line[0]`), pt(e.line[1], `exits[${k}].line[1]`)] : undefined,
    })),
    agents: s.agents.map((a, k) => ({ ...a, area: ring(a.area, `agents[${k}].area`) })),
    measure: {
      ...s.measure,
      lines: s.measure.lines.map((l, k) => ({ ...l, from: pt(l.from, `measure.lines[${k}].from`), to: pt(l.to, `measure.lines[${k}].to`) })),
      areas: s.measure.areas.map((a, k) => ({ ...a, polygon: ring(a.polygon, `measure.areas[${k}].polygon`) })),
    },
  };
  return issues.length > 0 ? err(issues) : ok({ scenario, projection: p });
}
