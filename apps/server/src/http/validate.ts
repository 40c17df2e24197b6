import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { refuseNul } from './text-guard.ts';

const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

/**
 * Parses the JSON body with `schema`; malformed JSON, a wrong content type, a NUL character in any text or a wrong
 * shape become 4xx AppErrors.
 */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) throw new AppError('unsupported_media_type');
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch (error) {
    if (error instanceof Error && error.name === 'BodyLimitError') throw new AppError('payload_too_large');
    throw new AppError('invalid_json');
  }
  refuseNul(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('validation_failed', undefined, issuesOf(parsed.error));
  return parsed.data;
}

/** Parses the query string with `schema`. */
export function queryParams<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw new AppError('validation_failed', undefined, issuesOf(parsed.error));
  return parsed.data;
}

/** A path parameter that must be a UUID: anything else cannot name a record, so it is "not found". */
export function uuidParam(c: Context, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new AppError('not_found');
  return value.toLowerCase();
}
