/** A problem found in an input, with the path of the offending field (`agents[0].area[2]`). */
export interface Issue {
  readonly path: string;
  readonly message: string;
  /** Why an exit cannot be used, for callers that explain it in their own words. */
  readonly exitProblem?: ExitProblem;
}

/** Why an exit cannot be used: off the boundary, too narrow an opening, or closed off from the people. */
export type ExitProblem = 'off-edge' | 'narrow' | 'closed';

/** Expected failures are values: either the value or the list of issues that prevented it. */
export type Result<T, E = readonly Issue[]> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/**
 * Wraps a value as a success.
 * @example
 * const r = ok(42); // { ok: true, value: 42 }
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wraps issues as a failure.
 * @example
 * const r = fail([{ path: 'dt', message: 'must be positive' }]);
 */
export function fail<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * Formats a list of issues as one line each: `path: message`.
 * @example
 * formatIssues([{ path: 'dt', message: 'too large' }]); // 'dt: too large'
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n');
}
