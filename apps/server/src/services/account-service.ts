import type { Role } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import type { SystemActor } from './actor.ts';
import { hashPassword } from './passwords.ts';

/** An account made by an operator: the first admin of a new installation, say. */
export interface NewAccount {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly orgSlug: string;
  readonly role: Role;
}

/**
 * Accounts made outside the invitation flow, by the platform's operator on the command line. Users invite
 * each other (`InvitationService`); this is how the first one comes to be. Every account made is audited.
 */
export class AccountService {
  constructor(
    private readonly repos: Pick<Repositories, 'orgs' | 'users' | 'memberships'>,
    private readonly access: AccessService,
  ) {}

  async create(operator: SystemActor, input: NewAccount): Promise<{ userId: string; orgName: string }> {
    const org = await this.repos.orgs.findBySlug(input.orgSlug);
    if (!org) throw new AppError('not_found', `No organisation with slug "${input.orgSlug}".`);
    if (await this.repos.users.findByEmail(input.email)) throw new AppError('conflict', `An account for ${input.email} exists already.`);
    const user = await this.repos.users.create({ email: input.email, displayName: input.name, passwordHash: await hashPassword(input.password) });
    await this.repos.memberships.upsert(org.id, user.id, input.role);
    await this.access.audit(null, 'create', { kind: 'user', recordId: user.id, ownerOrgId: org.id, detail: `${input.email}, ${input.role} of ${org.slug} (${operator.command})` });
    return { userId: user.id, orgName: org.name };
  }
}
