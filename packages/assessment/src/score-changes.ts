import type { ScoreChange, Threat } from '@pactesur/contracts';

/** The scores of one scenario once some changes are applied. */
export interface Scores {
  likelihood: number;
  impact: number;
}

/**
 * The scores of `threat` once `changes` are in place: a change sets the value it names; where several
 * changes set one field, the lowest wins (the strongest measure decides, the others add nothing to it).
 * Changes for other threats are ignored.
 */
export function applyChanges(threat: Threat, scores: Scores, changes: Iterable<ScoreChange>): Scores {
  let likelihood: number | null = null;
  let impact: number | null = null;
  for (const c of changes) {
    if (c.threat !== threat) continue;
    if (c.likelihood !== undefined)
      likelihood = likelihood === null ? c.likelihood : Math.min(likelihood, c.likelihood);
    if (c.impact !== undefined) impact = impact === null ? c.impact : Math.min(impact, c.impact);
  }
  return { likelihood: likelihood ?? scores.likelihood, impact: impact ?? scores.impact };
}
