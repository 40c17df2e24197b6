/** A problem found in an input, with the path of the offending field (`agents[0].area[2]`). */
export interface Issue {
  readonly path: string;
  readonly message: string;
  /** Why an exit cannot be used, for callers that explain it in their own words. */
  readonly exitProblem?: ExitProblem;
}

/** Why an exit cannot be used: off the boundary, too narrow an opening, or closed off from the people. */
export type ExitProblem = 'off-edge' | 'narrow' | 'closed';

/**
 * Formats a list of issues as one line each: `path: message`.
 * @example
 * formatIssues([{ path: 'dt', message: 'too large' }]); // 'dt: too large'
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n');
}
