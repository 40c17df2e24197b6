import type { RankedMeasure, ScoreChange, Threat } from '@pactesur/contracts';
import { isScored, riskOf } from './risk.ts';
import { applyChanges } from './score-changes.ts';

/** What the ranking needs of a scenario. */
export interface RankScenario {
  readonly threat: Threat;
  readonly likelihood: number | null;
  readonly impact: number | null;
}

/** What the ranking needs of a measure (`title` defaults to the id). */
export interface RankMeasure {
  readonly id: string;
  readonly title?: string;
  readonly costEur: number;
  readonly changes: readonly ScoreChange[];
}

/** Free measures that reduce risk, then the best value for money, then the largest reduction, then the id. */
function compareRanked(a: RankedMeasure, b: RankedMeasure): number {
  const freeA = a.riskReducedPerMEur === null && a.riskReduced > 0;
  const freeB = b.riskReducedPerMEur === null && b.riskReduced > 0;
  if (freeA !== freeB) return freeA ? -1 : 1;
  // A free measure that reduces nothing has no ratio: it goes after every measure that has one.
  const perA = a.riskReducedPerMEur ?? -Infinity;
  const perB = b.riskReducedPerMEur ?? -Infinity;
  if (perA !== perB) return perB > perA ? 1 : -1;
  if (a.riskReduced !== b.riskReduced) return b.riskReduced - a.riskReduced;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Each proposed measure alone against the scored scenarios (ASSESSMENT.md, step 5: "measures ranked by risk
 * reduced per euro"): `riskReduced` is the summed risk of the scored scenarios minus the summed risk with
 * that measure's changes applied (a change sets the score; a change for a threat with no scored scenario
 * does nothing), and `riskReducedPerMEur` that reduction per million euros of the measure's cost (null when
 * it costs nothing). Measures are judged one at a time, so two measures changing the same score each get
 * the full credit: the ranking says which to do first, not what all of them together achieve (the
 * register's residual risk says that).
 */
export function rankMeasures(
  scenarios: readonly RankScenario[],
  measures: readonly RankMeasure[],
): RankedMeasure[] {
  const scored = scenarios.filter(isScored);
  const baseline = scored.reduce((sum, s) => sum + riskOf(s.likelihood, s.impact), 0);
  const ranked = measures.map((m): RankedMeasure => {
    const after = scored.reduce((sum, s) => {
      const r = applyChanges(s.threat, s, m.changes);
      return sum + riskOf(r.likelihood, r.impact);
    }, 0);
    const riskReduced = baseline - after;
    return {
      id: m.id,
      title: m.title ?? m.id,
      costEur: m.costEur,
      riskReduced,
      riskReducedPerMEur: m.costEur === 0 ? null : riskReduced / (m.costEur / 1e6),
    };
  });
  return ranked.sort(compareRanked);
}
