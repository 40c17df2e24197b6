import { rimea1 } from './rimea-1.ts';
import { rimea4 } from './rimea-4.ts';
import { rimea5 } from './rimea-5.ts';
import { rimea6 } from './rimea-6.ts';
import { rimea7 } from './rimea-7.ts';
import { rimea9 } from './rimea-9.ts';
import { rimea10 } from './rimea-10.ts';
import { rimea11 } from './rimea-11.ts';
import { rimea12 } from './rimea-12.ts';
import { rimea15 } from './rimea-15.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';

/** Every implemented RiMEA test, by number. */
export const RIMEA_TESTS: Readonly<Record<number, (kind: 'cfsm' | 'sfm') => RimeaOutcome>> = {
  1: rimea1,
  4: rimea4,
  5: rimea5,
  6: rimea6,
  7: rimea7,
  9: rimea9,
  10: rimea10,
  11: rimea11,
  12: rimea12,
  15: rimea15,
};

/**
 * Runs the RiMEA tests (all, or one) for a model and returns their figures and verdicts.
 * @example
 * runRimea('cfsm', 1)[0]?.pass; // true
 */
export function runRimea(kind: 'cfsm' | 'sfm', test?: number): RimeaOutcome[] {
  const numbers = test === undefined ? Object.keys(RIMEA_TESTS).map(Number) : [test];
  return numbers.map((n) => {
    const run = RIMEA_TESTS[n];
    if (!run) throw new Error(`no RiMEA test ${n}`);
    return run(kind);
  });
}
