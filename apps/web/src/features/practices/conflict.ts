import { ApiError } from '@pactesur/api-client';

/** Whether a save failed because someone else saved the practice since it was read (HTTP 409 `conflict`). */
export const isConflict = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === 'conflict' || error.status === 409);
