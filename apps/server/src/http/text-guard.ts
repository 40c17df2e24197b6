import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors/app-error.ts';

const NUL = '\u0000';
const ISSUE = 'must not contain the NUL character (U+0000)';

const refused = (path: string): AppError =>
  new AppError(
    'validation_failed',
    `Text may not contain the NUL character (U+0000): ${path || 'the body'}.`,
    [{ path, message: ISSUE }],
  );

/** The path (`exits.0.id`) of the first string or key of `value` holding a NUL, or null. Iterative: deep JSON is fine. */
export function nulPath(value: unknown): string | null {
  const stack: { value: unknown; path: readonly (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes(NUL)) return path.join('.');
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [key] of entries) if (key.includes(NUL)) return [...path, key].join('.');
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
  return null;
}

/**
 * PostgreSQL stores no NUL in `text` or `jsonb`: a NUL in a request's text would fail deep in a service with a
 * 500. Refused at the edge instead, as `validation_failed` naming the field. `jsonBody` checks every body.
 */
export function refuseNul(value: unknown): void {
  const path = nulPath(value);
  if (path !== null) throw refused(path);
}

/** The same for the URL of every API request: its path (parameters such as a network's slug) and its query. */
export const refuseNulInUrl: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  if (/%00/i.test(url.pathname)) throw refused('(path)');
  if (/%00/i.test(url.search)) {
    for (const [key, value] of url.searchParams)
      if (key.includes(NUL) || value.includes(NUL)) throw refused(key);
  }
  await next();
};
