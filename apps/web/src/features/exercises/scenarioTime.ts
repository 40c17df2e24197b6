import type { ExerciseClock } from '@pactesur/contracts';

/**
 * Scenario time as the exercise's pages show and take it: seconds after the exercise's start on the
 * simulation clock, written `HH:MM` (with `:SS` when the seconds are not 0), as the MSEL's CSV writes it.
 */

const two = (n: number): string => String(n).padStart(2, '0');



/** The clock's face, always with seconds: 5400 → `01:30:00`. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}


/** The later of two readings of the clock (each says when it was read): the page keeps the newest. */
export const newerClock = (a: ExerciseClock, b: ExerciseClock): ExerciseClock =>
  Date.parse(b.at) >= Date.parse(a.at) ? b : a;
