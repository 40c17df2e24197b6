import { z } from 'zod';

/** Every API error has this body; `code` is stable and listed in docs/errors.md. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ reachable: z.boolean(), kind: z.enum(['pglite', 'postgres']) }),
  jobs: z.object({ backend: z.enum(['threads', 'bullmq']) }),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;
