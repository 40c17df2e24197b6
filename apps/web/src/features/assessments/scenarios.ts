import { THREATS, type Scenario, type Threat } from '@pactesur/contracts';

/** A scenario nobody has described or scored yet. */
export const emptyScenario = (threat: Threat): Scenario => ({
  threat,
  who: '',
  how: '',
  when: 'normal-day',
  where: '',
  likelihood: null,
  impact: null,
  likelihoodWhy: '',
  impactWhy: '',
  evidence: [],
  existingMeasureIds: [],
});

const rank = (s: Scenario) => THREATS.indexOf(s.threat);

/**
 * The scenarios with the one of `threat` changed by `patch` (made from an empty one the first time it is
 * touched), kept in the order of the threat types.
 *
 * @example withScenario([], 'arson', { likelihood: 3 }) // [{ threat: 'arson', likelihood: 3, impact: null, … }]
 */
export function withScenario(
  scenarios: readonly Scenario[],
  threat: Threat,
  patch: Partial<Omit<Scenario, 'threat'>>,
): Scenario[] {
  const current = scenarios.find((s) => s.threat === threat) ?? emptyScenario(threat);
  const next = { ...current, ...patch, threat };
  return [...scenarios.filter((s) => s.threat !== threat), next].sort((a, b) => rank(a) - rank(b));
}

/** The scenarios without any reference to the existing measures `ids` (after those were removed). */
export function withoutMeasureRefs(scenarios: readonly Scenario[], ids: ReadonlySet<string>): Scenario[] {
  return scenarios.map((s) =>
    s.existingMeasureIds.some((id) => ids.has(id))
      ? { ...s, existingMeasureIds: s.existingMeasureIds.filter((id) => !ids.has(id)) }
      : s,
  );
}
