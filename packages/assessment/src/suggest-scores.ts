import type { Indicator, IndicatorKey, ScoreSuggestion, Threat } from '@pactesur/contracts';

/**
 * Planning defaults, not truths: where each indicator's value crosses from one score to the next. A
 * value below the n-th bound scores n + 1; at or above the last it scores 5. The team confirms or
 * changes every suggested score, with its justification (README, "Suggested scores").
 */
export const SUGGESTION_BOUNDS = {
  /** Share of the perimeter a vehicle reaches at ≥ 48 km/h (none at all scores 1). */
  accessShare: [0.1, 0.3, 0.6],
  /** Unmitigated impact energy of the worst vehicle class (kJ). */
  energyKJ: [250, 1_000, 4_000, 10_000],
  /** People exposed (the event occupancy, else the typical one, else the simulated crowd). */
  people: [100, 500, 2_000, 10_000],
} as const;

/** The national threat level (1–5) from which the likelihood of vehicle ramming is raised by one. */
export const RAISED_FROM_THREAT_LEVEL = 4;

/** The threats whose consequence grows with the crowd exposed. */
export const CROWD_THREATS: readonly Threat[] = [
  'firearms',
  'bladed-weapon',
  'vehicle-ramming',
  'person-borne-ied',
];

/** The score of a value against ascending bounds, starting at `first`. */
function scoreAgainst(value: number, bounds: readonly number[], first: number): number {
  let score = first;
  for (const b of bounds) if (value >= b) score += 1;
  return Math.min(5, score);
}

function accessLikelihood(share: number, threatLevel: number | null): number {
  const base = share <= 0 ? 1 : scoreAgainst(share, SUGGESTION_BOUNDS.accessShare, 2);
  return Math.min(5, base + (threatLevel !== null && threatLevel >= RAISED_FROM_THREAT_LEVEL ? 1 : 0));
}

type IndicatorValue = Pick<Indicator, 'key' | 'value' | 'override'>;

/**
 * The scores the computed indicators suggest (the user's override of an indicator counts instead of its
 * value): the likelihood of vehicle ramming from the share of the perimeter reached at 48 km/h (raised
 * by one at a national threat level of 4 or 5), its consequence from the highest impact energy, and the
 * consequence of firearms, bladed weapons, person-borne IEDs and vehicle ramming from the crowd exposed
 * (for vehicle ramming the higher of the two). Indicators without a finite value suggest nothing. In the
 * method's order of threats, likelihood before consequence.
 */
export function suggestScores(
  indicators: readonly IndicatorValue[],
  threatLevel: number | null,
): ScoreSuggestion[] {
  const valueOf = (key: IndicatorKey): number | null => {
    const indicator = indicators.find((i) => i.key === key);
    const v = indicator?.override?.value ?? indicator?.value ?? null;
    return v !== null && Number.isFinite(v) ? v : null;
  };
  const share = valueOf('vehicle-accessibility');
  const energy = valueOf('vehicle-energy');
  const people = valueOf('crowd-exposure');
  const crowdImpact = people === null ? null : scoreAgainst(people, SUGGESTION_BOUNDS.people, 1);
  const energyImpact = energy === null ? null : scoreAgainst(energy, SUGGESTION_BOUNDS.energyKJ, 1);

  const out: ScoreSuggestion[] = [];
  for (const threat of CROWD_THREATS) {
    if (threat === 'vehicle-ramming') {
      if (share !== null)
        out.push({
          threat,
          field: 'likelihood',
          value: accessLikelihood(share, threatLevel),
          from: 'vehicle-accessibility',
        });
      // The stronger of the two reasons gives the consequence; on a tie the vehicle's own energy is named.
      if (energyImpact !== null && (crowdImpact === null || energyImpact >= crowdImpact))
        out.push({ threat, field: 'impact', value: energyImpact, from: 'vehicle-energy' });
      else if (crowdImpact !== null)
        out.push({ threat, field: 'impact', value: crowdImpact, from: 'crowd-exposure' });
    } else if (crowdImpact !== null) {
      out.push({ threat, field: 'impact', value: crowdImpact, from: 'crowd-exposure' });
    }
  }
  return out;
}
