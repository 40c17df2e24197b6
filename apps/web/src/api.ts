import { ApiError, PactesurClient } from '@pactesur/api-client';

/**
 * The one client of the Pactesur API in the browser: same origin, the session cookie is kept by the
 * browser, the CSRF token is remembered from the sign-in and session answers.
 */
export const api = new PactesurClient();

/** The API said the session is missing, expired or signed out elsewhere. */
export const isSignedOut = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

export { ApiError };
