import { ICE_COLUMNS, RAMP_ELEMENTS, type Rating, type RampEntry } from '@pactesur/contracts';

const RANK: Readonly<Record<Rating, number>> = { green: 0, amber: 1, red: 2 };

/** One square of the RAMP map: an element in a phase, rated by its worst entry (null when none). */
export interface RampSquare {
  readonly element: RampEntry['element'];
  readonly phase: RampEntry['phase'];
  readonly rating: Rating | null;
  readonly entries: number;
}

/**
 * The RAMP map of the plan: Routes, Areas, Movement, Profile (rows) across the phases (ingress,
 * circulation, egress), each square as red as its worst entry.
 */
export function rampMatrix(entries: readonly RampEntry[]): RampSquare[][] {
  return RAMP_ELEMENTS.map((element) =>
    ICE_COLUMNS.map((phase) => {
      const here = entries.filter((e) => e.element === element && e.phase === phase);
      const rating = here.reduce<Rating | null>(
        (worst, e) => (worst === null || RANK[e.rating] > RANK[worst] ? e.rating : worst),
        null,
      );
      return { element, phase, rating, entries: here.length };
    }),
  );
}
