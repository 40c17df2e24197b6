import { isScored } from '@pactesur/assessment';
import {
  MAX_EVENT_TEXT,
  type Assessment,
  type AssessmentSummary,
  type RiskEntry,
  type Threat,
} from '@pactesur/contracts';

/** Most entries of a plan's risk register (the contract's limit). */
export const MAX_RISKS = 200;

/**
 * The assessment whose scenarios the plan takes: a latest version (no other version names it as its
 * parent), the one changed last. Null when the site has none the reader may read.
 */
export function latestAssessment<S extends Pick<AssessmentSummary, 'id' | 'parentId' | 'updatedAt'>>(
  summaries: readonly S[],
): S | null {
  const parents = new Set(summaries.map((s) => s.parentId).filter((p): p is string => p !== null));
  const latest = summaries.filter((s) => !parents.has(s.id));
  return latest.reduce<S | null>(
    (best, s) => (best === null || Date.parse(s.updatedAt) > Date.parse(best.updatedAt) ? s : best),
    null,
  );
}

export interface RiskImport {
  readonly risks: RiskEntry[];
  readonly added: number;
  readonly updated: number;
}

/**
 * The risk register with the terrorist scenarios of a vulnerability assessment: each scored scenario is a
 * risk with the assessment's likelihood and impact, its hazard the threat's name and its controls the
 * existing measures the scenario meets. A scenario taken before (the same threat, from any assessment) is
 * brought up to date — its scores and the assessment it comes from — keeping what the plan's authors wrote
 * beside it; the others are added, as far as the register has room.
 */
export function risksFromAssessment(
  risks: readonly RiskEntry[],
  assessment: Pick<Assessment, 'id' | 'content'>,
  hazardOf: (threat: Threat) => string,
  newId: () => string,
): RiskImport {
  const next = [...risks];
  const measures = new Map(assessment.content.existingMeasures.map((m) => [m.id, m.description]));
  let added = 0;
  let updated = 0;
  for (const scenario of assessment.content.scenarios.filter(isScored)) {
    const fromAssessment = { assessmentId: assessment.id, threat: scenario.threat };
    const at = next.findIndex((r) => r.fromAssessment?.threat === scenario.threat);
    const held = next[at];
    if (held) {
      next[at] = { ...held, likelihood: scenario.likelihood, impact: scenario.impact, fromAssessment };
      updated += 1;
      continue;
    }
    if (next.length >= MAX_RISKS) continue;
    const controls = scenario.existingMeasureIds.flatMap((id) => measures.get(id) ?? []).join('; ');
    next.push({
      id: newId(),
      hazard: hazardOf(scenario.threat),
      likelihood: scenario.likelihood,
      impact: scenario.impact,
      controls: controls.slice(0, MAX_EVENT_TEXT),
      owner: '',
      features: [],
      fromAssessment,
    });
    added += 1;
  }
  return { risks: next, added, updated };
}
