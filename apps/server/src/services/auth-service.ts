import type { Me, Session, SignIn } from '@pactesur/contracts';
import { Locale, Role } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import type { Actor } from './actor.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { newToken, tokenHash } from './tokens.ts';

/**
 * Sign-in limits (ADR 0017): attempts not followed by a success, per window of 15 minutes, counted three ways.
 * - per (account, client address), low: a password guesser at one address is stopped after a few tries,
 *   while the account's owner, at another address, still signs in;
 * - per account, ten times higher: only a guess spread over many addresses locks the account itself, so a
 *   stranger at one address cannot lock anyone out;
 * - per client address, higher still: credential stuffing over many accounts from one address is stopped,
 *   while an office behind one NAT address does not reach it by ordinary typing mistakes.
 */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perAccountAndAddress: 5, perAccount: 50, perAddress: 100 } as const;

/** The client address a counter keys when the request came from no socket (in-process requests). */
const UNKNOWN_ADDRESS = 'unknown';

export interface IssuedSession {
  /** Goes into the httpOnly cookie; never stored. */
  readonly token: string;
  readonly session: Session;
}

/** Sign-in, sessions and the organisation the user acts for. */
export class AuthService {
  constructor(
    private readonly repos: Pick<Repositories, 'sessions' | 'users' | 'memberships' | 'signInAttempts'>,
    private readonly access: AccessService,
    private readonly sessionTtlHours: number,
  ) {}

  async signIn(input: SignIn, clientAddress: string | null): Promise<IssuedSession> {
    const account = input.email.toLowerCase();
    const address = clientAddress ?? UNKNOWN_ADDRESS;
    // Reserved before the password is checked, so concurrent attempts cannot check more than the limit.
    if (!(await this.repos.signInAttempts.reserve(account, address, SIGN_IN_LIMITS))) throw new AppError('too_many_attempts');
    const user = await this.repos.users.findByEmail(input.email);
    const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), input.password);
    if (!user || !ok) {
      await this.access.audit(
        { userId: user?.id ?? null, email: input.email, orgId: null, clientAddress },
        'sign-in-failed',
      ).catch(() => undefined);
      throw new AppError('invalid_credentials');
    }
    await this.repos.signInAttempts.succeeded(account, address);
    await this.repos.signInAttempts.prune(SIGN_IN_LIMITS.windowMinutes);
    const memberships = await this.repos.memberships.ofUser(user.id);
    const issued = await this.issue(user.id, memberships[0]?.orgId ?? null, clientAddress);
    await this.access.audit({ userId: user.id, email: user.email, orgId: issued.session.activeOrgId, clientAddress }, 'sign-in');
    return issued;
  }

  /** Starts a session for a user (after sign-in or after accepting an invitation). */
  async issue(userId: string, activeOrgId: string | null, clientAddress: string | null): Promise<IssuedSession> {
    const token = newToken();
    const csrfToken = newToken();
    await this.repos.sessions.create({
      id: tokenHash(token),
      userId,
      activeOrgId,
      csrfToken,
      expiresAt: new Date(Date.now() + this.sessionTtlHours * 3_600_000),
      clientAddress,
    });
    return { token, session: { user: await this.me(userId), activeOrgId, csrfToken } };
  }

  /** The actor behind a session cookie; `session_expired` when it is unknown, forged, expired or signed out. */
  async authenticate(token: string, clientAddress: string | null): Promise<{ actor: Actor; csrfToken: string }> {
    const id = tokenHash(token);
    const session = await this.repos.sessions.findWithActor(id);
    if (!session) throw new AppError('session_expired');
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.repos.sessions.delete(id);
      throw new AppError('session_expired');
    }
    const role = Role.safeParse(session.role);
    return {
      actor: {
        userId: session.userId,
        email: session.email,
        orgId: role.success ? session.activeOrgId : null,
        role: role.success ? role.data : null,
        clientAddress,
        sessionId: id,
      },
      csrfToken: session.csrfToken,
    };
  }

  async session(actor: Actor, csrfToken: string): Promise<Session> {
    return { user: await this.me(actor.userId), activeOrgId: actor.orgId, csrfToken };
  }

  async switchOrg(actor: Actor, orgId: string, csrfToken: string): Promise<Session> {
    const role = await this.repos.memberships.roleOf(actor.userId, orgId);
    if (!role) throw new AppError('not_a_member');
    await this.repos.sessions.setActiveOrg(actor.sessionId, orgId);
    return { user: await this.me(actor.userId), activeOrgId: orgId, csrfToken };
  }

  async signOut(actor: Actor): Promise<void> {
    await this.repos.sessions.delete(actor.sessionId);
    await this.access.audit(actor, 'sign-out');
  }

  async signOutEverywhere(actor: Actor): Promise<number> {
    const n = await this.repos.sessions.deleteAllOfUser(actor.userId);
    await this.access.audit(actor, 'sign-out', { detail: `everywhere (${n} sessions)` });
    return n;
  }

  async me(userId: string): Promise<Me> {
    const user = await this.repos.users.find(userId);
    if (!user) throw new AppError('session_expired');
    return {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      locale: Locale.catch('en').parse(user.locale),
      memberships: await this.repos.memberships.ofUser(user.id),
    };
  }

  async updateMe(actor: Actor, input: { displayName?: string | undefined; locale?: string | undefined }): Promise<Me> {
    await this.repos.users.update(actor.userId, {
      ...(input.displayName !== undefined && { displayName: input.displayName }),
      ...(input.locale !== undefined && { locale: input.locale }),
    });
    return this.me(actor.userId);
  }
}
