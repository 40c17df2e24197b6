import { ROLE_RANK, type Role } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';

/** Who is acting: the signed-in user, the organisation they act for (chosen in the switcher) and their role there. */
export interface Actor {
  readonly userId: string;
  readonly email: string;
  readonly orgId: string | null;
  readonly role: Role | null;
  readonly clientAddress: string | null;
  readonly sessionId: string;
}

/** An actor who has chosen an organisation. */
export interface OrgActor extends Actor {
  readonly orgId: string;
  readonly role: Role;
}

/** Throws unless the actor acts for an organisation with at least role `min`. */
export function requireRole(actor: Actor, min: Role): OrgActor {
  if (!actor.orgId || !actor.role) throw new AppError('no_active_org');
  if (ROLE_RANK[actor.role] < ROLE_RANK[min]) throw new AppError('forbidden', `This needs the ${min} role or higher.`);
  return actor as OrgActor;
}

/**
 * The platform acting on an operator's command (`pactesur users create`, …) rather than a signed-in user:
 * what it does is audited as done by the command it names.
 */
export interface SystemActor {
  readonly system: true;
  /** The command, as the audit log names it: `pactesur users create`. */
  readonly command: string;
}

export const systemActor = (command: string): SystemActor => ({ system: true, command });
