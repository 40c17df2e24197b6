import type { AssessmentContent, ProposedMeasure, RegisterRow, Threat } from '@pactesur/contracts';
import { bandOf, isScored, riskOf } from './risk.ts';
import { applyChanges } from './score-changes.ts';
import { byRiskThenThreat } from './threat-order.ts';

/** The measure whose owner and due date a row shows: the earliest due; undated ones after the dated, in list order. */
function earliestDue(measures: readonly ProposedMeasure[]): ProposedMeasure | undefined {
  let best: ProposedMeasure | undefined;
  for (const m of measures) {
    if (best === undefined) best = m;
    else if (m.dueDate !== null && (best.dueDate === null || m.dueDate < best.dueDate)) best = m;
  }
  return best;
}

const changes = (m: ProposedMeasure, threat: Threat): boolean => m.changes.some((c) => c.threat === threat);

/**
 * The risk register (ASSESSMENT.md, step 5): one row per scored scenario, highest risk first (equal risks
 * in the method's order of threats). Each row names the existing measures the scenario meets (their
 * descriptions; ids that name no measure are left out), the proposed measures that change it (ids), the
 * residual risk once every proposed measure is in place, and the owner and due date of the earliest-due of
 * those measures. Unscored scenarios are not in the register: they have no risk yet.
 *
 * Every proposed measure counts towards the residual risk, whatever its status: the contract has no
 * refused status, so a measure the team no longer wants is one it deletes.
 */
export function riskRegister(content: AssessmentContent): RegisterRow[] {
  const described = new Map(content.existingMeasures.map((m) => [m.id, m.description]));
  const rows: RegisterRow[] = [];
  for (const s of content.scenarios) {
    if (!isScored(s)) continue;
    const proposed = content.measures.filter((m) => changes(m, s.threat));
    const residual = applyChanges(
      s.threat,
      s,
      proposed.flatMap((m) => m.changes),
    );
    const residualRisk = riskOf(residual.likelihood, residual.impact);
    const due = earliestDue(proposed);
    const risk = riskOf(s.likelihood, s.impact);
    rows.push({
      threat: s.threat,
      when: s.when,
      likelihood: s.likelihood,
      impact: s.impact,
      risk,
      band: bandOf(risk),
      existingMeasures: s.existingMeasureIds.flatMap((id) => {
        const d = described.get(id);
        return d === undefined ? [] : [d];
      }),
      proposedMeasures: proposed.map((m) => m.id),
      residualRisk,
      residualBand: bandOf(residualRisk),
      owner: due?.owner ?? '',
      dueDate: due?.dueDate ?? null,
    });
  }
  return rows.sort(byRiskThenThreat);
}
