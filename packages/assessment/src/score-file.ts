import { z } from 'zod';
import {
  ItemId,
  MAX_NAME_LENGTH,
  Score,
  ScoreChange,
  THREATS,
  Threat,
  type RiskBand,
} from '@pactesur/contracts';
import { rankMeasures } from './rank-measures.ts';
import { bandOf, riskOf } from './risk.ts';
import { byRiskThenThreat } from './threat-order.ts';

/** Limits of the command line's score file: one scenario per threat type, and bounded lists of measures. */
export const SCORE_FILE_LIMITS = { scenarios: THREATS.length, measures: 1_000, changes: 20 } as const;

const FileScenario = z.strictObject({ threat: Threat, likelihood: Score, impact: Score });

const FileMeasure = z.strictObject({
  id: ItemId,
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  costEur: z.number().min(0, 'must not be negative').max(1e10, 'must be at most 10 000 000 000'),
  changes: z
    .array(ScoreChange)
    .max(SCORE_FILE_LIMITS.changes, `at most ${SCORE_FILE_LIMITS.changes} changes`)
    .default([]),
});

/** The first index of each value that repeats an earlier one: [index, index of the first]. */
function firstRepeat(values: readonly string[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [i, v] of values.entries()) {
    const first = seen.get(v);
    if (first !== undefined) return [i, first];
    seen.set(v, i);
  }
  return null;
}

/**
 * The file of `pactesur assess score`: the scored scenarios (one per threat type) and the proposed
 * measures with what each changes.
 *
 * @example
 * {"scenarios": [{"threat": "vehicle-ramming", "likelihood": 4, "impact": 5}],
 *  "measures": [{"id": "bollards", "costEur": 120000, "changes": [{"threat": "vehicle-ramming", "likelihood": 2}]}]}
 */
export const ScoreFile = z
  .strictObject({
    scenarios: z
      .array(FileScenario)
      .max(
        SCORE_FILE_LIMITS.scenarios,
        `at most ${SCORE_FILE_LIMITS.scenarios} scenarios, one per threat type`,
      ),
    measures: z
      .array(FileMeasure)
      .max(SCORE_FILE_LIMITS.measures, `at most ${SCORE_FILE_LIMITS.measures} measures`)
      .default([]),
  })
  .superRefine((file, ctx) => {
    const threat = firstRepeat(file.scenarios.map((s) => s.threat));
    if (threat !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['scenarios', threat[0], 'threat'],
        message: `repeats the threat of scenarios[${threat[1]}] (one scenario per threat type)`,
      });
    const id = firstRepeat(file.measures.map((m) => m.id));
    if (id !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['measures', id[0], 'id'],
        message: `repeats the id of measures[${id[1]}]`,
      });
  });
export type ScoreFile = z.infer<typeof ScoreFile>;

/** A row of the score file's register. */
export interface ScoreFileRow {
  threat: Threat;
  likelihood: number;
  impact: number;
  risk: number;
  band: RiskBand;
}

/** A measure of the score file's ranking. */
export interface ScoreFileMeasure {
  id: string;
  riskReduced: number;
  riskReducedPerMEur: number | null;
}

/** Where a score file is wrong (`scenarios[2].likelihood`; empty for the whole file) and why. */
export interface ScoreFileError {
  path: string;
  message: string;
}

export type ScoreFileResult =
  | { ok: true; value: { register: ScoreFileRow[]; measures: ScoreFileMeasure[] } }
  | { ok: false; error: ScoreFileError };

const SHAPE =
  'expected a JSON object {"scenarios": [{"threat", "likelihood", "impact"}…], "measures": [{"id", "costEur", "changes": [{"threat", "likelihood"?, "impact"?}]}…]}';

/** The fields each object of the file takes, by the names on its path. */
const FIELDS: Record<string, readonly string[]> = {
  '': ['scenarios', 'measures'],
  scenarios: ['threat', 'likelihood', 'impact'],
  measures: ['id', 'title', 'costEur', 'changes'],
  'measures.changes': ['threat', 'likelihood', 'impact'],
};

const SCORE_FIELDS = new Set<PropertyKey>(['likelihood', 'impact']);

/** At most `n` characters of a text, for messages that quote the user's input. */
function clip(text: string, n = 40): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(clip(value))}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** `scenarios[2].likelihood`; a key that is no plain name is written `["…"]`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]{0,63}$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(clip(String(key)))}]`;
  }
  return out;
}

/** The value at `path` in the parsed input (own properties only, never the prototype's). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key))
      return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One sentence for a schema issue, naming what was given where it helps. */
function messageOf(issue: z.core.$ZodIssue, input: unknown): ScoreFileError {
  const value = valueAt(input, issue.path);
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_value':
      if (issue.path[issue.path.length - 1] === 'threat')
        return {
          path,
          message:
            typeof value === 'string'
              ? `unknown threat ${JSON.stringify(clip(value))} (expected one of ${THREATS.join(', ')})`
              : `expected a threat type (one of ${THREATS.join(', ')}), got ${describe(value)}`,
        };
      return { path, message: `${issue.message}, got ${describe(value)}` };
    case 'invalid_type':
      if (value === undefined) return { path, message: 'is required' };
      if (issue.expected === 'int')
        return { path, message: `must be a whole number, not ${describe(value)}` };
      return {
        path,
        message: `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, got ${describe(value)}`,
      };
    case 'too_small':
    case 'too_big':
      if (issue.origin !== 'number' && issue.origin !== 'int') return { path, message: issue.message };
      // A score far out of range fails the safe-integer bounds before the 1–5 ones: the same sentence for both.
      if (SCORE_FIELDS.has(issue.path[issue.path.length - 1] ?? ''))
        return { path, message: `must be between 1 and 5, not ${describe(value)}` };
      return { path, message: `${issue.message}, not ${describe(value)}` };
    case 'unrecognized_keys': {
      const fields = FIELDS[issue.path.filter((k) => typeof k === 'string').join('.')] ?? [];
      const key = issue.keys[0] ?? '';
      return {
        path: formatPath([...issue.path, key]),
        message: `unknown field${fields.length > 0 ? ` (expected ${fields.join(', ')})` : ''}`,
      };
    }
    // The refinements' own sentences (a change that changes nothing, a repeat, an id's letters) say it.
    case 'custom':
    case 'invalid_format':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
      return { path, message: issue.message };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lists longer than the limits are refused before the schema reads their items: a file of a million
 * measures costs a length check, not a million parses.
 */
function oversized(input: Record<string, unknown>): ScoreFileError | null {
  const { scenarios, measures } = input;
  if (Array.isArray(scenarios) && scenarios.length > SCORE_FILE_LIMITS.scenarios)
    return {
      path: 'scenarios',
      message: `at most ${SCORE_FILE_LIMITS.scenarios} scenarios, one per threat type (got ${scenarios.length})`,
    };
  if (!Array.isArray(measures)) return null;
  if (measures.length > SCORE_FILE_LIMITS.measures)
    return {
      path: 'measures',
      message: `at most ${SCORE_FILE_LIMITS.measures} measures (got ${measures.length})`,
    };
  for (const [i, m] of (measures as unknown[]).entries()) {
    const changes = isObject(m) ? m.changes : undefined;
    if (Array.isArray(changes) && changes.length > SCORE_FILE_LIMITS.changes)
      return {
        path: `measures[${i}].changes`,
        message: `at most ${SCORE_FILE_LIMITS.changes} changes (got ${changes.length})`,
      };
  }
  return null;
}

/**
 * Checks a score file (parsed JSON) and scores it: the register (each scenario's risk and band, highest
 * first, equal risks in the method's order of threats) and the measures ranked by risk reduced per
 * million euros (see `rankMeasures`). Never throws: a bad file is an error naming the first field at
 * fault — an unknown threat, a score that is not a whole number from 1 to 5, a negative cost, a repeated
 * threat or measure id, a change that changes nothing, a list over its limit.
 */
export function scoreFile(input: unknown): ScoreFileResult {
  if (!isObject(input)) return { ok: false, error: { path: '', message: SHAPE } };
  const tooLarge = oversized(input);
  if (tooLarge !== null) return { ok: false, error: tooLarge };
  const parsed = ScoreFile.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue === undefined ? { path: '', message: SHAPE } : messageOf(issue, input) };
  }
  const { scenarios, measures } = parsed.data;
  const register = scenarios
    .map((s): ScoreFileRow => {
      const risk = riskOf(s.likelihood, s.impact);
      return { threat: s.threat, likelihood: s.likelihood, impact: s.impact, risk, band: bandOf(risk) };
    })
    .sort(byRiskThenThreat);
  const ranked = rankMeasures(scenarios, measures).map((m) => ({
    id: m.id,
    riskReduced: m.riskReduced,
    riskReducedPerMEur: m.riskReducedPerMEur,
  }));
  return { ok: true, value: { register, measures: ranked } };
}
