import { THREATS, type AssessmentContent, type Scenario, type ScenarioDifference } from '@pactesur/contracts';
import { bandOf, isScored, riskOf } from './risk.ts';

type Side = ScenarioDifference['before'];

function sideOf(s: Scenario | undefined): Side {
  if (s === undefined || !isScored(s)) return null;
  const risk = riskOf(s.likelihood, s.impact);
  return { likelihood: s.likelihood, impact: s.impact, risk, band: bandOf(risk) };
}

const totalRisk = (c: AssessmentContent): number =>
  c.scenarios.reduce((sum, s) => sum + (isScored(s) ? riskOf(s.likelihood, s.impact) : 0), 0);

/** The titles of the measures of `a` whose ids `b` does not have, in `a`'s order. */
function missingFrom(a: AssessmentContent, b: AssessmentContent): string[] {
  const ids = new Set(b.measures.map((m) => m.id));
  return a.measures.filter((m) => !ids.has(m.id)).map((m) => m.title);
}

/**
 * Two versions of an assessment side by side: per threat that has a scenario in either (in the method's
 * order), its scores and risk before and after (null where that side has no scenario or has not scored it)
 * and the change of risk; the summed risk of each side; the proposed measures added and removed, matched
 * by id and named by title.
 */
export function compareContents(
  before: AssessmentContent,
  after: AssessmentContent,
): {
  scenarios: ScenarioDifference[];
  totalRiskBefore: number;
  totalRiskAfter: number;
  measuresAdded: string[];
  measuresRemoved: string[];
} {
  const scenarios: ScenarioDifference[] = [];
  for (const threat of THREATS) {
    const b = before.scenarios.find((s) => s.threat === threat);
    const a = after.scenarios.find((s) => s.threat === threat);
    if (b === undefined && a === undefined) continue;
    const sb = sideOf(b);
    const sa = sideOf(a);
    scenarios.push({
      threat,
      before: sb,
      after: sa,
      riskChange: sb === null || sa === null ? null : sa.risk - sb.risk,
    });
  }
  return {
    scenarios,
    totalRiskBefore: totalRisk(before),
    totalRiskAfter: totalRisk(after),
    measuresAdded: missingFrom(after, before),
    measuresRemoved: missingFrom(before, after),
  };
}
