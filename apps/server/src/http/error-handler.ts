import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../errors/app-error.ts';
import type { Logger } from '../logger.ts';

/** The one place where errors become HTTP answers: `{ error: { code, message, details? } }`. */
export function errorResponse(error: unknown, c: Context, logger: Logger): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) } };
    return c.json(body, error.status as ContentfulStatusCode);
  }
  if (error instanceof HTTPException && error.status === 413) {
    return errorResponse(new AppError('payload_too_large'), c, logger);
  }
  logger.error({ err: error, path: c.req.path, method: c.req.method }, 'unhandled error');
  return c.json({ error: { code: 'internal_error', message: 'Something went wrong on the server.' } }, 500);
}
