import { ApiError, PactesurClient } from '@pactesur/api-client';

/**
 * The one client of the Pactesur API in the browser: same origin, the session cookie is kept by the
 * browser, the CSRF token is remembered from the sign-in and session answers.
 */
export const api = new PactesurClient();

/** The codes of a 401 that mean there is no session (any other 401, such as a wrong password, is not). */
const NO_SESSION: ReadonlySet<string> = new Set(['session_expired', 'unauthenticated']);

/**
 * The API said the session is missing, expired or signed out elsewhere — not merely that a sign-in failed
 * (`invalid_credentials`).
 */
export const isSignedOut = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && NO_SESSION.has(error.code);

export { ApiError };
