import type { EventCalculations, EventPlan, ProfileConstants } from '@pactesur/contracts';
import { figureValue, WARNING_CODES, type WarningCode } from '@pactesur/events';

export const isWarningCode = (code: string): code is WarningCode =>
  (WARNING_CODES as readonly string[]).includes(code);

/** What a warning's words are filled with: the feature it is about and the numbers it compares. */
export interface WarningFacts {
  /** The feature's name, else its id; empty for a warning about the whole plan. */
  readonly name: string;
  readonly widthM: number | null;
  readonly minWidthM: number;
  readonly peak: number;
  readonly holding: number | null;
  readonly safe: number | null;
  readonly egressMinutes: number | null;
  readonly limitMinutes: number;
  readonly density: number | null;
  readonly planningDensity: number;
  readonly flow: number | null;
  readonly level: string;
}

type Warning = EventCalculations['warnings'][number];

/**
 * The facts of a warning, read from the plan, its figures and the profile's constants (with reduced
 * flows if the plan says so), so that each language words it with the same numbers.
 *
 * @example warningFacts({ code: 'exit-too-narrow', featureId: 'exit-2', message: '…' }, event.plan, event.calculations, constants).widthM // 0.9
 */
export function warningFacts(
  warning: Warning,
  plan: Pick<EventPlan, 'features' | 'expectedPeak'>,
  calculations: EventCalculations,
  constants: ProfileConstants,
): WarningFacts {
  const feature =
    warning.featureId === null ? undefined : plan.features.find((f) => f.id === warning.featureId);
  const route = calculations.routes.find((r) => r.id === warning.featureId);
  return {
    name: feature ? feature.name || feature.id : (warning.featureId ?? ''),
    widthM: feature?.type === 'exit' ? feature.widthM : null,
    minWidthM: constants.minExitWidthM,
    peak: plan.expectedPeak,
    holding: figureValue(calculations.figures, 'holdingCapacity'),
    safe: figureValue(calculations.figures, 'safeCapacity'),
    egressMinutes: figureValue(calculations.figures, 'egressMinutes'),
    limitMinutes: constants.egressMinutes,
    density: figureValue(calculations.figures, 'peakDensity'),
    planningDensity: constants.planningDensity,
    flow: route?.flowPerMPerMin ?? null,
    level: route?.level ?? '',
  };
}
