import {
  MAX_PLAN_FEATURES,
  type LngLat,
  type PlanFeature,
  type PointKind,
  type ZoneUse,
} from '@pactesur/contracts';
import { cornersOf, draftPolygon } from '../../threat/map/zoneDraft.ts';
import { EXIT_SNAP_TOLERANCE_M, exitOnEdge, type ExitProblem } from './planGeometry.ts';

/** What can be added to a plan: a kind of feature, zones by their use and points by their kind. */
export const PLAN_TOOLS = [
  'zone-audience',
  'zone-no-view',
  'zone-restricted',
  'structure',
  'exit',
  'screening',
  'vehicle-barrier',
  'route',
  'point-rendezvous',
  'point-medical',
  'point-cctv',
  'point-steward',
  'point-info',
] as const;
export type PlanTool = (typeof PLAN_TOOLS)[number];

/** How many points a tool takes: a polygon's corners, a segment's two ends, a path, or one point. */
export type ToolShape = 'polygon' | 'segment' | 'path' | 'point';

export function toolShape(tool: PlanTool): ToolShape {
  if (tool.startsWith('zone-') || tool === 'structure') return 'polygon';
  if (tool === 'exit') return 'segment';
  if (tool === 'route' || tool === 'vehicle-barrier') return 'path';
  return 'point';
}

/** Why points cannot make a feature. */
export type BuildProblem = ExitProblem | 'too-few' | 'too-many' | 'self-intersecting' | 'full';

export type Build =
  | { readonly ok: true; readonly feature: PlanFeature }
  | { readonly ok: false; readonly problem: BuildProblem };

/** The prefix of the ids made for a tool's features (`exit-1`, `zone-2` …). */
const idPrefix = (tool: PlanTool): string =>
  tool === 'vehicle-barrier' ? 'barrier' : (tool.split('-')[0] ?? 'feature');

/**
 * The first free id for a tool's next feature: `exit-3` after two exits. Ids stay unique within the plan,
 * as the contract asks, whatever was deleted before.
 */
export function nextFeatureId(features: readonly PlanFeature[], tool: PlanTool): string {
  const prefix = idPrefix(tool);
  const taken = new Set(features.map((f) => f.id));
  for (let n = features.filter((f) => f.id.startsWith(`${prefix}-`)).length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Default values of what a feature holds besides its geometry; every one is edited in the list. */
export const FEATURE_DEFAULTS = {
  screeningLanes: 4,
  routeWidthM: 6,
  routeFlowPerMin: 0,
  stewardStaff: 1,
} as const;

/**
 * A new feature of the plan from points clicked on the map or typed: corners of a zone or a structure, the
 * two ends of an exit (snapped onto the edge of the audience zones, its width measured), the points of a
 * route or a vehicle-barrier line, or one point. The name may be empty (the list shows the id).
 *
 * @example buildFeature(plan.features, 'point-medical', [[11.5757, 48.1373]], 'First aid') // { ok: true, feature: { type: 'point', kind: 'medical', … } }
 */
export function buildFeature(
  features: readonly PlanFeature[],
  tool: PlanTool,
  points: readonly LngLat[],
  name: string,
): Build {
  if (features.length >= MAX_PLAN_FEATURES) return { ok: false, problem: 'full' };
  const base = { id: nextFeatureId(features, tool), name: name.trim() };
  switch (toolShape(tool)) {
    case 'polygon': {
      const polygon = draftPolygon(cornersOf(points));
      if (!polygon.ok)
        return {
          ok: false,
          problem: polygon.problem === 'self-intersecting' ? 'self-intersecting' : 'too-few',
        };
      if (tool === 'structure')
        return { ok: true, feature: { ...base, type: 'structure', polygon: polygon.polygon } };
      const use = tool.slice('zone-'.length) as ZoneUse;
      return { ok: true, feature: { ...base, type: 'zone', use, polygon: polygon.polygon } };
    }
    case 'segment': {
      if (points.length < 2) return { ok: false, problem: 'too-few' };
      if (points.length > 2) return { ok: false, problem: 'too-many' };
      const exit = exitOnEdge(features, points[0] as LngLat, points[1] as LngLat, EXIT_SNAP_TOLERANCE_M);
      if (!exit.ok) return exit;
      return {
        ok: true,
        feature: { ...base, type: 'exit', line: exit.line, widthM: exit.widthM, kind: 'level', entry: true },
      };
    }
    case 'path': {
      if (points.length < 2) return { ok: false, problem: 'too-few' };
      if (points.length > 200) return { ok: false, problem: 'too-many' };
      const path = [...points];
      if (tool === 'route')
        return {
          ok: true,
          feature: {
            ...base,
            type: 'route',
            path,
            widthM: FEATURE_DEFAULTS.routeWidthM,
            flowPerMin: FEATURE_DEFAULTS.routeFlowPerMin,
          },
        };
      return { ok: true, feature: { ...base, type: 'vehicle-barrier', path, productId: null, standoffM: 1 } };
    }
    case 'point': {
      if (points.length < 1) return { ok: false, problem: 'too-few' };
      if (points.length > 1) return { ok: false, problem: 'too-many' };
      const at = points[0] as LngLat;
      if (tool === 'screening')
        return {
          ok: true,
          feature: { ...base, type: 'screening', at, lanes: FEATURE_DEFAULTS.screeningLanes },
        };
      const kind = tool.slice('point-'.length) as PointKind;
      return {
        ok: true,
        feature: {
          ...base,
          type: 'point',
          kind,
          at,
          staff: kind === 'steward' ? FEATURE_DEFAULTS.stewardStaff : 0,
        },
      };
    }
  }
}

/** The features with one changed (by id); the others are the same objects. */
export function updateFeature(
  features: readonly PlanFeature[],
  id: string,
  change: (f: PlanFeature) => PlanFeature,
): PlanFeature[] {
  return features.map((f) => (f.id === id ? change(f) : f));
}

/** The features without the one of `id`. */
export const removeFeature = (features: readonly PlanFeature[], id: string): PlanFeature[] =>
  features.filter((f) => f.id !== id);

/** The tool a feature was made with: its type, zones by use, points by kind. */
export function toolOf(f: PlanFeature): PlanTool {
  if (f.type === 'zone') return `zone-${f.use}`;
  if (f.type === 'point') return `point-${f.kind}`;
  return f.type;
}
