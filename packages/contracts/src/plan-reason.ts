/**
 * Why no protection plan meets every requirement, as a stable code with its parameters, so that the web
 * app and the PDF report say it as a sentence in the reader's language. Plans keep the planner's own
 * words in `reason` (stored results stay readable); this reads them back.
 */
export type PlanReasonCode =
  /** A class reaches the zone on a way where no allowed product stops it. */
  | 'class-unstoppable'
  /** An emergency route can only be closed by barriers that do not open (`station`: where it starts). */
  | 'emergency-route'
  /** The classes cannot all be stopped with the locked and forbidden places as they are. */
  | 'locks-conflict'
  /** A locked product cannot stand at its place (`product`: its id). */
  | 'locked-unavailable'
  /** The solver stopped without an answer (time or memory). */
  | 'solver-stopped';

export interface PlanReason {
  readonly code: PlanReasonCode;
  /** Values for the sentence's placeholders, taken from the planner's words. */
  readonly params: Readonly<Record<string, string>>;
}

const PATTERNS: readonly { code: PlanReasonCode; pattern: RegExp; names: readonly string[] }[] = [
  { code: 'class-unstoppable', pattern: /no allowed barrier (?:can )?stops? (?:the )?([\w.-]+)/i, names: ['class'] },
  { code: 'emergency-route', pattern: /emergency route (?:from )?(.+?) cannot stay open/i, names: ['station'] },
  { code: 'locks-conflict', pattern: /cannot all be stopped together/i, names: [] },
  { code: 'locked-unavailable', pattern: /locked product (\S+) is not an option/i, names: ['product'] },
  { code: 'solver-stopped', pattern: /solver stopped|time limit|out of memory/i, names: [] },
];

/**
 * The code of an infeasibility reason, or null when the words are not known (show them as they are).
 *
 * @example
 * planReasonOf('no allowed barrier stops truck-40t on one of its approaches'); // { code: 'class-unstoppable', params: { class: 'truck-40t' } }
 */
export function planReasonOf(reason: string | null | undefined, constraint?: string): PlanReason | null {
  const text = reason ?? '';
  for (const { code, pattern, names } of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = m[i + 1] ?? '';
    });
    return { code, params };
  }
  // Other words of the solver (its own messages) all mean it stopped without an answer.
  return constraint === 'solver' ? { code: 'solver-stopped', params: {} } : null;
}
