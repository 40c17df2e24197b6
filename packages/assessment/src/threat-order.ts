import { THREATS, type Threat } from '@pactesur/contracts';

const RANK = new Map<Threat, number>(THREATS.map((t, i) => [t, i]));

/** The position of a threat in ASSESSMENT.md's list: the order of ties and of every list by threat. */
export function threatRank(threat: Threat): number {
  return RANK.get(threat) ?? THREATS.length;
}

/** Highest risk first; equal risks in the method's order of threats. */
export function byRiskThenThreat(
  a: { risk: number; threat: Threat },
  b: { risk: number; threat: Threat },
): number {
  return b.risk - a.risk || threatRank(a.threat) - threatRank(b.threat);
}
