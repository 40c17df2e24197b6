import type { ReplayItem } from '@pactesur/contracts';

/**
 * The replay of an exercise: its moments (deliveries, responses, observations) in scenario-time order, and
 * a position in it — how many of them had happened, and the scenario time shown — moved by a scrubber on
 * the scenario clock or one moment at a time.
 */

/** Where the replay stands: the first `shown` moments had happened by scenario time `atS`. */
export interface ReplayPosition {
  readonly shown: number;
  readonly atS: number;
}

/** The moments in scenario-time order; moments of the same scenario time keep the order they happened in. */
export function inScenarioOrder(items: readonly ReplayItem[]): ReplayItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.scenarioTimeS - b.item.scenarioTimeS || a.index - b.index)
    .map((x) => x.item);
}

/** The scenario time of the last moment (0 before anything happened): the scrubber's end. */
export const replayEndS = (items: readonly ReplayItem[]): number => Math.ceil(Math.max(0, ...items.map((i) => i.scenarioTimeS)));

/** The whole exercise. */
export const replayEnd = (items: readonly ReplayItem[]): ReplayPosition => ({ shown: items.length, atS: replayEndS(items) });

/** The position at a scenario time: every moment up to it (of moments in scenario order). */
export function replayAt(items: readonly ReplayItem[], atS: number): ReplayPosition {
  const shown = items.findIndex((i) => i.scenarioTimeS > atS);
  return { shown: shown === -1 ? items.length : shown, atS };
}

/** One moment on (`1`) or back (`-1`): the scenario time becomes that of the last moment shown. */
export function replayStep(items: readonly ReplayItem[], from: ReplayPosition, step: 1 | -1): ReplayPosition {
  const shown = Math.min(items.length, Math.max(0, from.shown + step));
  return { shown, atS: shown === 0 ? 0 : Math.floor(items[shown - 1]?.scenarioTimeS ?? 0) };
}

/** How many deliveries, responses and observations the moments shown hold. */
export function replayCounts(items: readonly ReplayItem[]): Record<ReplayItem['kind'], number> {
  const counts = { delivery: 0, response: 0, observation: 0 };
  for (const i of items) counts[i.kind] += 1;
  return counts;
}
