import type { z } from 'zod';
import { err, ok, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

/**
 * Formats a zod path as `agents[0].area[2]`.
 * @example
 * formatPath(['agents', 0, 'area']); // 'agents[0].area'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}

/**
 * Checks the shape and the bounds of a scenario (parsed JSON), filling in defaults.
 * @example
 * const r = parseScenario(JSON.parse(text));
 * if (!r.ok) console.error(formatIssues(r.error));
 */
export function parseScenario(input: unknown): Result<Scenario, readonly Issue[]> {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(
    parsed.error.issues.map((i: z.core.$ZodIssue): Issue => ({
      path: formatPath(i.path),
      message: i.message,
    })),
  );
}
