import type { EventCalculations, EventPlan, Figure, FruinLevel, ProfileConstants } from '@pactesur/contracts';
import { featureLabel, num } from './format.ts';
import { featuresOf, isCounted, zonesOf } from './plan-parts.ts';

/** The stable codes of what a plan gets wrong; the web words them in each language by code. */
export const WARNING_CODES = [
  'no-audience-zone',
  'no-exit',
  'exit-too-narrow',
  'peak-above-holding',
  'peak-above-safe-capacity',
  'egress-over-limit',
  'peak-density-over-planning',
  'route-level-e-or-f',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type EventWarning = EventCalculations['warnings'][number] & { code: WarningCode };

/** The value of a figure, null when it is absent or has none. */
export function figureValue(figures: readonly Figure[], key: string): number | null {
  return figures.find((f) => f.key === key)?.value ?? null;
}

/**
 * What a plan gets wrong, in the order of {@link WARNING_CODES} (per feature in the plan's order), with an
 * English message. The figures are those of the same plan (see `calculateEvent`); warnings about the
 * expected peak are given only when the plan has one.
 */
export function planWarnings(
  plan: EventPlan,
  constants: ProfileConstants,
  figures: readonly Figure[],
  routes: readonly { id: string; name: string; flowPerMPerMin: number; level: FruinLevel }[],
): EventWarning[] {
  const out: EventWarning[] = [];
  const add = (code: WarningCode, message: string, featureId: string | null = null) =>
    out.push({ code, featureId, message });
  const peak = plan.expectedPeak;

  if (zonesOf(plan, 'audience').length === 0)
    add('no-audience-zone', 'The site plan has no audience zone: there is no area to hold the crowd.');
  const exits = featuresOf(plan, 'exit');
  if (exits.length === 0) add('no-exit', 'The site plan has no exit: the crowd cannot leave.');
  for (const exit of exits)
    if (!isCounted(exit, constants))
      add(
        'exit-too-narrow',
        `Exit ${featureLabel(exit)} is ${num(exit.widthM)} m wide, under the minimum of ${num(constants.minExitWidthM)} m: it is not counted.`,
        exit.id,
      );

  const holding = figureValue(figures, 'holdingCapacity');
  const safe = figureValue(figures, 'safeCapacity');
  const egress = figureValue(figures, 'egressMinutes');
  const density = figureValue(figures, 'peakDensity');
  if (peak > 0 && holding !== null && peak > holding)
    add(
      'peak-above-holding',
      `The expected peak of ${num(peak)} is above the holding capacity of ${num(holding)}.`,
    );
  if (peak > 0 && safe !== null && peak > safe)
    add(
      'peak-above-safe-capacity',
      `The expected peak of ${num(peak)} is above the safe capacity of ${num(safe)}.`,
    );
  if (egress !== null && egress > constants.egressMinutes)
    add(
      'egress-over-limit',
      `The expected peak takes ${num(egress)} min to leave, over the ${num(constants.egressMinutes)} min allowed.`,
    );
  if (density !== null && density > constants.planningDensity)
    add(
      'peak-density-over-planning',
      `The expected peak stands at ${num(density)} persons/m², over the planning density of ${num(constants.planningDensity)} persons/m².`,
    );
  for (const route of routes)
    if (route.level === 'E' || route.level === 'F')
      add(
        'route-level-e-or-f',
        `Route ${featureLabel(route)} carries ${num(route.flowPerMPerMin)} persons per metre per minute: level of service ${route.level}.`,
        route.id,
      );
  return out;
}
