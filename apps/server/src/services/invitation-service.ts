import type { AcceptInvitation, CreatedInvitation, CreateInvitation, Invitation, InvitationPreview } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { PendingInvitation } from '../repositories/invitations.ts';
import type { AccessService } from './access-service.ts';
import type { Actor } from './actor.ts';
import type { OrgService } from './org-service.ts';
import { hashPassword } from './passwords.ts';
import { newToken, tokenHash } from './tokens.ts';

export const INVITATION_TTL_DAYS = 14;

/** Invitations by link: an admin invites an e-mail address with a role; the link's holder joins. */
export class InvitationService {
  constructor(
    private readonly repos: Pick<Repositories, 'invitations' | 'users' | 'memberships' | 'orgs'>,
    private readonly access: AccessService,
    private readonly orgs: OrgService,
    /** Where links point (`ServiceOptions.publicUrl`): from the configuration, never from a request. */
    private readonly publicUrl: string,
  ) {}

  async create(actor: Actor, orgId: string, input: CreateInvitation): Promise<CreatedInvitation> {
    this.orgs.requireAdminOf(actor, orgId);
    const existing = await this.repos.users.findByEmail(input.email);
    if (existing && (await this.repos.memberships.roleOf(existing.id, orgId))) {
      throw new AppError('conflict', 'That person is already a member.');
    }
    const token = newToken();
    const invitation = await this.repos.invitations.create({
      orgId,
      email: input.email.toLowerCase(),
      role: input.role,
      tokenHash: tokenHash(token),
      createdBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    });
    await this.access.audit(actor, 'invite', { kind: 'invitation', recordId: invitation.id, ownerOrgId: orgId, detail: `${input.email} as ${input.role}` });
    return { ...invitation, token, url: `${this.publicUrl.replace(/\/+$/, '')}/invite/${token}` };
  }

  async list(actor: Actor, orgId: string): Promise<Invitation[]> {
    this.orgs.requireAdminOf(actor, orgId);
    return this.repos.invitations.listOpen(orgId);
  }

  async revoke(actor: Actor, orgId: string, id: string): Promise<void> {
    this.orgs.requireAdminOf(actor, orgId);
    if (!(await this.repos.invitations.revoke(orgId, id))) throw new AppError('not_found');
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token);
    const org = await this.repos.orgs.find(invitation.orgId);
    return {
      orgName: org?.name ?? '',
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      accountExists: !!(await this.repos.users.findByEmail(invitation.email)),
    };
  }

  /**
   * Accepts an invitation. A signed-in user joins with their account (it must be the invited address); an
   * unknown address gets a new account with the given display name and password. Returns the user id.
   */
  async accept(token: string, input: AcceptInvitation, actor: Actor | null, clientAddress: string | null): Promise<{ userId: string; orgId: string }> {
    const invitation = await this.usable(token);
    let userId: string;
    let email: string;
    if (actor) {
      if (actor.email.toLowerCase() !== invitation.email.toLowerCase()) throw new AppError('invitation_email_mismatch');
      userId = actor.userId;
      email = actor.email;
    } else {
      if (await this.repos.users.findByEmail(invitation.email)) {
        throw new AppError('unauthenticated', 'An account exists for this address: sign in first, then open the link again.');
      }
      if (!input.displayName || !input.password) throw new AppError('password_required');
      const user = await this.repos.users.create({
        email: invitation.email,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
      });
      userId = user.id;
      email = user.email;
    }
    if (!(await this.repos.invitations.markAccepted(invitation.id))) throw new AppError('invitation_invalid');
    await this.repos.memberships.upsert(invitation.orgId, userId, invitation.role);
    await this.access.audit({ userId, email, orgId: invitation.orgId, clientAddress }, 'join', {
      kind: 'invitation',
      recordId: invitation.id,
      ownerOrgId: invitation.orgId,
      detail: `as ${invitation.role}`,
    });
    return { userId, orgId: invitation.orgId };
  }

  private async usable(token: string): Promise<PendingInvitation> {
    const invitation = await this.repos.invitations.findByTokenHash(tokenHash(token));
    if (!invitation || invitation.revoked || invitation.acceptedAt || Date.parse(invitation.expiresAt) <= Date.now()) {
      throw new AppError('invitation_invalid');
    }
    return invitation;
  }
}
