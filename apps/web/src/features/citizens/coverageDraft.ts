import type { LngLat, ReportCategory, SaveCoverage } from '@pactesur/contracts';
import { draftPolygon } from '../threat/map/zoneDraft.ts';

/** Why a coverage area cannot be saved yet. */
export type CoverageProblem = 'name' | 'categories' | 'too-few' | 'self-intersecting';

export type CoverageResult =
  | { readonly ok: true; readonly body: SaveCoverage }
  | { readonly ok: false; readonly problems: readonly CoverageProblem[] };

/**
 * The coverage area to save from its form: a name, at least one category, and the polygon of the corners
 * clicked on the map (at least three, edges not crossing); or what is missing.
 */
export function coverageBody(
  name: string,
  categories: readonly ReportCategory[],
  corners: readonly LngLat[],
): CoverageResult {
  const problems: CoverageProblem[] = [];
  if (name.trim() === '') problems.push('name');
  if (categories.length === 0) problems.push('categories');
  const polygon = draftPolygon(corners);
  if (!polygon.ok) problems.push(polygon.problem === 'self-intersecting' ? 'self-intersecting' : 'too-few');
  if (!polygon.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: { name: name.trim(), categories: [...new Set(categories)], area: polygon.polygon },
  };
}
