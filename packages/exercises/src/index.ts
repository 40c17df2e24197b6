/**
 * Multi-agency exercises (EXERCISES.md): the master scenario events list read from and written to CSV
 * (with the safe CSV reader and writer it uses), its checks, the simulation clock and the injects due on
 * it, and ready-made exercise templates. Pure: no I/O.
 */
export * from './csv.ts';
export * from './msel-columns.ts';
export type { MselCheckOptions } from './msel-checks.ts';
export * from './read-msel.ts';
export * from './write-msel.ts';
export * from './clock.ts';
export * from './templates.ts';
export * from './run-clock.ts';
