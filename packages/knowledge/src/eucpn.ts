import type { EucpnCriterion, Multilingual, PracticeContent } from '@pactesur/contracts';
import { charCount, humanTextOf } from './multilingual.ts';

/**
 * The lengths, in characters of a person's text (see {@link humanTextOf}), from which a field counts as
 * written for the EU Crime Prevention Network's minimum criteria. Planning defaults, to be tuned with the
 * network's editors: about two sentences for a problem or the transfer notes, three for a method or the case
 * for plausibility.
 */
export const EUCPN_MIN_CHARS = {
  problem: 100,
  method: 150,
  effectiveness: 150,
  transfer: 100,
} as const;

/** Evaluations that measure results: with them the results must be told. */
const MEASURED = new Set<PracticeContent['evaluation']>(['outcome', 'impact', 'cost-effectiveness']);

const written = (m: Multilingual | null, min = 1): boolean => charCount(humanTextOf(m)) >= min;

/**
 * The EU Crime Prevention Network's minimum criteria a practice does not meet yet, in the order of
 * `EucpnCriterion` (publication waits for none). With the planning defaults of {@link EUCPN_MIN_CHARS}:
 * - `problem-described`: a problem statement of at least 100 characters, and at least one threat or place
 *   type;
 * - `intervention-explained`: a method of at least 150 characters, objectives, and at least one function;
 * - `outcome-or-plausibility`: an outcome, impact or cost-effectiveness evaluation with its results told;
 *   or, without such an evaluation (none or process), an account of at least 150 characters of why it is
 *   effective — an evaluation that measures results and tells none is not met;
 * - `replicable`: conditions or lessons of at least 100 characters, a cost band, and a contact.
 * A text counts in its source language or, when that is empty, in a human translation; machine
 * translations never count, and texts are trimmed.
 */
export function unmetCriteria(content: PracticeContent): EucpnCriterion[] {
  const unmet: EucpnCriterion[] = [];
  if (
    !written(content.problem, EUCPN_MIN_CHARS.problem) ||
    content.threats.length + content.placeTypes.length === 0
  ) {
    unmet.push('problem-described');
  }
  if (
    !written(content.method, EUCPN_MIN_CHARS.method) ||
    !written(content.objectives) ||
    content.functions.length === 0
  ) {
    unmet.push('intervention-explained');
  }
  const evidenced = MEASURED.has(content.evaluation)
    ? written(content.results)
    : written(content.effectiveness, EUCPN_MIN_CHARS.effectiveness);
  if (!evidenced) unmet.push('outcome-or-plausibility');
  const transferable =
    written(content.conditions, EUCPN_MIN_CHARS.transfer) ||
    written(content.lessons, EUCPN_MIN_CHARS.transfer);
  if (!transferable || content.costBand === null || content.contact.trim() === '') unmet.push('replicable');
  return unmet;
}
