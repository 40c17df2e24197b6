import type { CreateOrganisation, Member, Organisation, Role, UpdateOrganisation } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';

/** The organisation directory, and the members of an organisation. */
export class OrgService {
  constructor(
    private readonly repos: Pick<Repositories, 'orgs' | 'memberships'>,
    private readonly access: AccessService,
  ) {}

  list(): Promise<Organisation[]> {
    return this.repos.orgs.list();
  }

  async get(id: string): Promise<Organisation> {
    const org = await this.repos.orgs.find(id);
    if (!org) throw new AppError('not_found');
    return org;
  }

  /** Anyone signed in may register an organisation; they become its first admin. */
  async create(actor: Actor, input: CreateOrganisation): Promise<Organisation> {
    if (await this.repos.orgs.findBySlug(input.slug)) throw new AppError('conflict', `The slug ${input.slug} is taken.`);
    if (input.parentId && !(await this.repos.orgs.find(input.parentId))) throw new AppError('not_found', 'No such parent organisation.');
    const org = await this.repos.orgs.create(input);
    await this.repos.memberships.upsert(org.id, actor.userId, 'admin');
    await this.access.audit({ ...actor, orgId: org.id }, 'create', { kind: 'organisation', recordId: org.id, ownerOrgId: org.id });
    return org;
  }

  async update(actor: Actor, id: string, input: UpdateOrganisation): Promise<Organisation> {
    this.requireAdminOf(actor, id);
    const org = await this.repos.orgs.update(id, input);
    if (!org) throw new AppError('not_found');
    await this.access.audit(actor, 'org-update', { kind: 'organisation', recordId: id, ownerOrgId: id, detail: Object.keys(input).join(',') });
    return org;
  }

  /** Members are visible to the organisation's own members only. */
  async members(actor: Actor, orgId: string): Promise<Member[]> {
    const role = await this.repos.memberships.roleOf(actor.userId, orgId);
    if (!role) throw new AppError('not_a_member');
    return this.repos.memberships.ofOrg(orgId);
  }

  async changeRole(actor: Actor, orgId: string, userId: string, role: Role): Promise<Member> {
    this.requireAdminOf(actor, orgId);
    const current = await this.repos.memberships.roleOf(userId, orgId);
    if (!current) throw new AppError('not_found', 'That user is not a member.');
    if (current === 'admin' && role !== 'admin' && (await this.repos.memberships.countAdmins(orgId)) <= 1) {
      throw new AppError('last_admin');
    }
    await this.repos.memberships.upsert(orgId, userId, role);
    await this.access.audit(actor, 'role-change', { kind: 'user', recordId: userId, ownerOrgId: orgId, detail: `${current} -> ${role}` });
    const member = (await this.repos.memberships.ofOrg(orgId)).find((m) => m.userId === userId);
    if (!member) throw new AppError('not_found');
    return member;
  }

  async removeMember(actor: Actor, orgId: string, userId: string): Promise<void> {
    // Anyone may leave; removing someone else needs the admin role.
    if (userId !== actor.userId) this.requireAdminOf(actor, orgId);
    const current = await this.repos.memberships.roleOf(userId, orgId);
    if (!current) throw new AppError('not_found', 'That user is not a member.');
    if (current === 'admin' && (await this.repos.memberships.countAdmins(orgId)) <= 1) throw new AppError('last_admin');
    await this.repos.memberships.remove(orgId, userId);
    await this.access.audit(actor, 'member-remove', { kind: 'user', recordId: userId, ownerOrgId: orgId });
  }

  /** Managing an organisation needs the admin role in it, acting for it. */
  requireAdminOf(actor: Actor, orgId: string): void {
    if (actor.orgId !== orgId) {
      throw new AppError(actor.orgId ? 'forbidden' : 'no_active_org', 'Act for this organisation (switch to it) to manage it.');
    }
    requireRole(actor, 'admin');
  }
}
