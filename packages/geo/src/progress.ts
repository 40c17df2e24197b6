/**
 * A progress report of a long computation: the fraction done (0–1) and the phase, in words. Pure packages
 * take it as an optional `onProgress` option and call it between units of work. A callback that throws
 * stops the computation there (the job system cancels this way); the package lets the error out.
 */
export type ProgressCallback = (fraction: number, phase: string) => void;

/**
 * The callback of one part of a computation that runs from `from` to `to` of the whole: fractions of the
 * part are mapped into that range, clamped, and never reported lower than the last one.
 *
 * @example
 * const solve = progressPart(onProgress, 0.2, 0.8);
 * solve?.(0.5, 'solving'); // reports 0.5 of the whole
 */
export function progressPart(
  onProgress: ProgressCallback | undefined,
  from: number,
  to: number,
): ProgressCallback | undefined {
  if (!onProgress) return undefined;
  let last = from;
  return (fraction, phase) => {
    const f = Math.max(last, Math.min(to, from + (to - from) * Math.max(0, Math.min(1, fraction))));
    last = f;
    onProgress(f, phase);
  };
}
