import type { ExerciseClock } from '@pactesur/contracts';

/**
 * The scenario time of a running exercise's clock at wall time `now` (ms): while it runs, the time it
 * showed at `at` moved on by `speed` scenario seconds per second; otherwise the time it stopped at. The
 * server delivers by it and the pages show it.
 */
export function runClockTime(clock: ExerciseClock, now: number): number {
  if (clock.status !== 'running') return clock.scenarioTimeS;
  return clock.scenarioTimeS + (Math.max(0, now - Date.parse(clock.at)) / 1000) * clock.speed;
}
