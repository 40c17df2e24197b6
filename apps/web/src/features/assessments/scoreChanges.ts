import { THREATS, type ScoreChange, type Threat } from '@pactesur/contracts';

/**
 * A measure's changes with the new `field` of one threat set (`value`) or left unchanged (null). A change
 * left with neither a likelihood nor an impact is dropped, as the contract has no empty change; the list
 * stays in the order of the threat types.
 *
 * @example withChange([], 'arson', 'impact', 1) // [{ threat: 'arson', impact: 1 }]
 */
export function withChange(
  changes: readonly ScoreChange[],
  threat: Threat,
  field: 'likelihood' | 'impact',
  value: number | null,
): ScoreChange[] {
  const current = changes.find((c) => c.threat === threat);
  const { [field]: _old, ...rest } = current ?? { threat };
  const next: ScoreChange = value === null ? { ...rest, threat } : { ...rest, threat, [field]: value };
  const others = changes.filter((c) => c.threat !== threat);
  const kept = next.likelihood === undefined && next.impact === undefined ? others : [...others, next];
  return kept.sort((a, b) => THREATS.indexOf(a.threat) - THREATS.indexOf(b.threat));
}
