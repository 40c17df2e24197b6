import type { Context } from 'hono';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../services/actor.ts';

/** What the middleware puts on every request's context. */
export interface AppVariables {
  actor: Actor | null;
  /** Why there is no actor although a session cookie came: the cookie is unknown, forged or expired. */
  sessionProblem: 'session_expired' | null;
  csrfToken: string | null;
  clientAddress: string | null;
}
export type AppEnv = { Variables: AppVariables };
export type AppContext = Context<AppEnv>;

/** The signed-in actor, or a 401 that says whether to sign in or sign in again. */
export function actorOf(c: AppContext): Actor {
  const actor = c.get('actor');
  if (actor) return actor;
  throw new AppError(c.get('sessionProblem') ?? 'unauthenticated');
}

export function csrfTokenOf(c: AppContext): string {
  return c.get('csrfToken') ?? '';
}
