import type { RiskBand } from '@pactesur/contracts';

/**
 * The risk of a scenario: likelihood × consequence, each scored 1–5 (ASSESSMENT.md, step 4).
 *
 * @example
 * riskOf(4, 5); // 20
 */
export function riskOf(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/**
 * The band of a risk: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high. A product of two scores of 1–5 is
 * never 17, 18 or 19 (no two such scores multiply to them), so the gap between the method's high and
 * very-high bands cannot be hit by a computed risk; any risk of 17 or more is very high all the same, so
 * that every number has a band.
 *
 * @example
 * bandOf(10); // 'high'
 */
export function bandOf(risk: number): RiskBand {
  if (risk <= 4) return 'low';
  if (risk <= 9) return 'medium';
  if (risk <= 16) return 'high';
  return 'very-high';
}

/** Whether a scenario has both of its scores (an unscored one is left out of every sum and register). */
export function isScored<S extends { likelihood: number | null; impact: number | null }>(
  s: S,
): s is S & { likelihood: number; impact: number } {
  return s.likelihood !== null && s.impact !== null;
}
