import type { Access, AuditAction, RecordKind, Share, ShareRight } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import { requireRole, type Actor, type OrgActor } from './actor.ts';

/** Told when who may see a record changed (a share revoked, the record deleted): live channels re-check. */
export type AccessListener = (kind: RecordKind, recordId: string) => void;

/** What a use case needs of a record: just reading it, or changing it. */
export type Need = 'read' | 'edit';

/** Who an audit entry names; a failed sign-in may name no known user. */
export interface AuditActor {
  readonly userId: string | null;
  readonly email: string | null;
  readonly orgId: string | null;
  readonly clientAddress: string | null;
}

/**
 * The ownership, sharing and audit mechanism every sensitive record kind uses.
 *
 * - A record belongs to one organisation; other organisations see it only when it was shared with them.
 *   A record an organisation may not see is "not found" for it: its existence is not revealed.
 * - Reading needs any role; editing needs the editor role and, for a shared record, an `edit` share;
 *   sharing needs the editor role in the owner organisation.
 * - Every read and change, and every refused attempt, is written to the audit log.
 */
export class AccessService {
  private readonly listeners: AccessListener[] = [];

  constructor(private readonly repos: Pick<Repositories, 'records' | 'shares' | 'audit' | 'orgs'>) {}

  /** Adds a listener told whenever access to a record was taken away. */
  onAccessChanged(listener: AccessListener): void {
    this.listeners.push(listener);
  }

  private accessChanged(kind: RecordKind, recordId: string): void {
    for (const listener of this.listeners) listener(kind, recordId);
  }

  /**
   * Before a record is deleted: revokes its shares and those of every record that goes with it (a site's
   * analyses, simulations and plans), as the record kinds declare, and tells the listeners.
   */
  async forget(kind: RecordKind, recordId: string): Promise<void> {
    for (const record of await this.repos.records.withDescendants(kind, recordId)) {
      await this.repos.shares.revokeAll(record.kind, record.id);
      this.accessChanged(record.kind, record.id);
    }
  }

  /** The access `actor` has to the record, after checking it covers `need`; audits the attempt. */
  async require(actor: Actor, kind: RecordKind, recordId: string, need: Need): Promise<{ access: Access; ownerOrgId: string }> {
    const orgActor = requireRole(actor, need === 'edit' ? 'editor' : 'viewer');
    const ownerOrgId = await this.repos.records.ownerOf(kind, recordId);
    if (!ownerOrgId) throw new AppError('not_found');
    const access = await this.accessOf(orgActor, kind, recordId, ownerOrgId);
    const allowed = access !== null && (need === 'read' || access !== 'read');
    if (!allowed) {
      await this.audit(actor, 'access-denied', { kind, recordId, ownerOrgId, detail: `needed ${need}` });
      // A record shared for reading may be known to exist; anything else stays invisible.
      throw access === 'read' ? new AppError('forbidden', 'This record is shared with you for reading only.') : new AppError('not_found');
    }
    return { access, ownerOrgId };
  }

  /** `require(…, 'read')` plus the audit entry of the read itself. */
  async read(actor: Actor, kind: RecordKind, recordId: string): Promise<{ access: Access; ownerOrgId: string }> {
    const granted = await this.require(actor, kind, recordId, 'read');
    await this.audit(actor, 'read', { kind, recordId, ownerOrgId: granted.ownerOrgId });
    return granted;
  }

  private async accessOf(actor: OrgActor, kind: RecordKind, recordId: string, ownerOrgId: string): Promise<Access | null> {
    if (ownerOrgId === actor.orgId) return 'owner';
    return (await this.repos.shares.rightOf(kind, recordId, actor.orgId)) ?? null;
  }

  /** Records of `kind` shared with the actor's organisation, with the right granted. */
  sharedWith(actor: OrgActor, kind: RecordKind): Promise<Map<string, ShareRight>> {
    return this.repos.shares.sharedWith(kind, actor.orgId);
  }

  /**
   * The records of a kind the acting organisation may see — its own and those shared with it — each with
   * the access it has; `load` gets the organisation and the ids shared with it. Audited as one read.
   */
  async listVisible<T extends { readonly id: string; readonly ownerOrgId: string }>(
    actor: Actor,
    kind: RecordKind,
    load: (orgId: string, sharedIds: readonly string[]) => Promise<T[]>,
    detail?: string,
  ): Promise<{ row: T; access: Access }[]> {
    const viewer = requireRole(actor, 'viewer');
    const shared = await this.sharedWith(viewer, kind);
    const rows = await load(viewer.orgId, [...shared.keys()]);
    await this.audit(actor, 'read', { kind, detail: `list of ${rows.length}${detail ? ` ${detail}` : ''}` });
    return rows.map((row) => ({ row, access: row.ownerOrgId === viewer.orgId ? 'owner' : (shared.get(row.id) ?? 'read') }));
  }

  async listShares(actor: Actor, kind: RecordKind, recordId: string): Promise<Share[]> {
    await this.requireOwnerEditor(actor, kind, recordId);
    return this.repos.shares.list(kind, recordId);
  }

  async share(actor: Actor, kind: RecordKind, recordId: string, orgId: string, right: ShareRight): Promise<Share[]> {
    const ownerOrgId = await this.requireOwnerEditor(actor, kind, recordId);
    if (orgId === ownerOrgId) throw new AppError('share_with_owner');
    const org = await this.repos.orgs.find(orgId);
    if (!org) throw new AppError('not_found', 'No such organisation.');
    await this.repos.shares.grant(kind, recordId, orgId, right, actor.userId);
    await this.audit(actor, 'share', { kind, recordId, ownerOrgId, detail: `${right} to ${org.slug}` });
    return this.repos.shares.list(kind, recordId);
  }

  async unshare(actor: Actor, kind: RecordKind, recordId: string, orgId: string): Promise<Share[]> {
    const ownerOrgId = await this.requireOwnerEditor(actor, kind, recordId);
    if (!(await this.repos.shares.revoke(kind, recordId, orgId))) throw new AppError('not_found', 'The record is not shared with that organisation.');
    const org = await this.repos.orgs.find(orgId);
    await this.audit(actor, 'unshare', { kind, recordId, ownerOrgId, detail: `from ${org?.slug ?? orgId}` });
    this.accessChanged(kind, recordId);
    return this.repos.shares.list(kind, recordId);
  }

  /** Shares are managed by editors and admins of the owner organisation only. */
  private async requireOwnerEditor(actor: Actor, kind: RecordKind, recordId: string): Promise<string> {
    const { access, ownerOrgId } = await this.require(actor, kind, recordId, 'read');
    if (access !== 'owner') {
      await this.audit(actor, 'access-denied', { kind, recordId, ownerOrgId, detail: 'sharing needs the owner' });
      throw new AppError('forbidden', 'Only the owner organisation manages who a record is shared with.');
    }
    requireRole(actor, 'editor');
    return ownerOrgId;
  }

  /** Appends one entry to the audit log on behalf of `actor`. */
  async audit(
    actor: AuditActor | null,
    action: AuditAction,
    target: { kind?: string; recordId?: string; ownerOrgId?: string | null; detail?: string } = {},
  ): Promise<void> {
    await this.repos.audit.append({
      user_id: actor?.userId ?? null,
      user_email: actor?.email ?? null,
      actor_org_id: actor?.orgId ?? null,
      owner_org_id: target.ownerOrgId ?? null,
      action,
      record_kind: target.kind ?? null,
      record_id: target.recordId ?? null,
      client_address: actor?.clientAddress ?? null,
      detail: target.detail ?? null,
    });
  }
}
