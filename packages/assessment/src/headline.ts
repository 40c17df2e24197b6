import type { AssessmentContent, AssessmentHeadline } from '@pactesur/contracts';
import { bandOf, isScored, riskOf } from './risk.ts';

/**
 * The headline of an assessment for lists and the dashboard: how many scenarios are scored, the highest
 * risk and its band, the summed risk, how many scenarios fall in each band, and the proposed measures still
 * open (status other than `done`) with their summed cost.
 */
export function headlineOf(content: AssessmentContent): AssessmentHeadline {
  const bands = { low: 0, medium: 0, high: 0, 'very-high': 0 };
  let scored = 0;
  let totalRisk = 0;
  let highestRisk: number | null = null;
  for (const s of content.scenarios) {
    if (!isScored(s)) continue;
    const risk = riskOf(s.likelihood, s.impact);
    scored += 1;
    totalRisk += risk;
    bands[bandOf(risk)] += 1;
    if (highestRisk === null || risk > highestRisk) highestRisk = risk;
  }
  const open = content.measures.filter((m) => m.status !== 'done');
  return {
    scored,
    highestRisk,
    highestBand: highestRisk === null ? null : bandOf(highestRisk),
    totalRisk,
    bands,
    measures: open.length,
    measuresCostEur: open.reduce((sum, m) => sum + m.costEur, 0),
  };
}
