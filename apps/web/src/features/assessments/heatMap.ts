import type { RegisterRow, RiskBand, Threat } from '@pactesur/contracts';
import { bandOf } from '@pactesur/assessment';

/** One cell of the 5 × 5 matrix: its scores, its risk and band, and the threats scored there. */
export interface HeatCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly risk: number;
  readonly band: RiskBand;
  readonly threats: readonly Threat[];
}

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The risk matrix of a register as rows of cells: likelihood from 5 (top row) down to 1, impact from 1
 * (left) to 5, each cell with the threats of the rows scored there, in the register's order.
 *
 * @example heatRows([{ threat: 'arson', likelihood: 3, impact: 2, … }])[2][1] // { likelihood: 3, impact: 2, risk: 6, band: 'medium', threats: ['arson'] }
 */
export function heatRows(
  register: readonly Pick<RegisterRow, 'threat' | 'likelihood' | 'impact'>[],
): HeatCell[][] {
  return [...SCORES].reverse().map((likelihood) =>
    SCORES.map((impact) => ({
      likelihood,
      impact,
      risk: likelihood * impact,
      band: bandOf(likelihood * impact),
      threats: register
        .filter((r) => r.likelihood === likelihood && r.impact === impact)
        .map((r) => r.threat),
    })),
  );
}
