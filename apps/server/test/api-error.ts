import { ApiError } from '@pactesur/api-client';

/** The `ApiError` a call is refused with; fails when the call succeeds or fails otherwise. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
