import type { Access, AuditAction, ReceivedShare, RecordKind, Share, ShareRight } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { Tx } from '../repositories/tx.ts';
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

/** What an audit entry is about. */
export interface AuditTarget {
  readonly kind?: string;
  readonly recordId?: string;
  readonly ownerOrgId?: string | null;
  readonly detail?: string;
}

/** Whether a reader of a record may follow one part of its live channel; throws when not. */
export type ChannelPartCheck = (actor: Actor, recordId: string, part: string) => Promise<void>;

/** A record a list shows, with its owner. */
export interface ListedRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly ownerOrgId: string | null;
}

/**
 * What only the owner organisation of a record does, whatever right it shared the record with (ADR 0018):
 * an `edit` share lets a partner change a record, never delete it, decide who else sees it, or make a
 * scenario of it (a new record computed from it, which would belong to the partner and hide from the owner).
 */
export type OwnerOnly = 'delete' | 'share' | 'scenario' | 'version';

const OWNER_ONLY: Readonly<Record<OwnerOnly, { readonly sentence: string; readonly detail: string }>> = {
  delete: { sentence: 'Only the owner organisation deletes a record.', detail: 'only the owner deletes' },
  share: { sentence: 'Only the owner organisation manages who a record is shared with.', detail: 'sharing needs the owner' },
  scenario: { sentence: 'Only the owner organisation of a record makes a scenario of it.', detail: 'only the owner makes scenarios' },
  version: { sentence: 'Only the owner organisation of a record makes a new version of it.', detail: 'only the owner makes versions' },
};

/**
 * The ownership, sharing and audit mechanism every sensitive record kind uses.
 *
 * - A record belongs to one organisation; other organisations see it only when it was shared with them.
 *   A record an organisation may not see is "not found" for it: its existence is not revealed.
 * - Reading needs any role; editing needs the editor role and, for a shared record, an `edit` share;
 *   deleting, sharing and making a scenario need the editor role in the owner organisation (`requireOwner`).
 * - Every read and change, and every refused attempt, is written to the audit log; a record another
 *   organisation owns is in that organisation's log whenever it is read, alone or in a list. A change and
 *   its entry are written in one transaction (`inTransaction`, `audit(…, trx)`).
 */
export class AccessService {
  private readonly listeners: AccessListener[] = [];
  private readonly channelParts = new Map<RecordKind, ChannelPartCheck>();

  constructor(private readonly repos: Pick<Repositories, 'records' | 'shares' | 'audit' | 'orgs'>) {}

  /**
   * Lets the module that owns `kind` decide which of a record's readers follow which part of its live
   * channel (`record:<kind>:<id>:<part>`): `check` throws (`not_found`, `forbidden`) for a reader who may not.
   */
  allowChannelParts(kind: RecordKind, check: ChannelPartCheck): void {
    this.channelParts.set(kind, check);
  }

  /**
   * Whether `actor` may follow the record's channel, or a part of it: the record read (audited, or only
   * checked when `audited` is false, as a re-check is), then the part asked of its module; a part of a
   * kind whose module declared none is `not_found`.
   */
  async followChannel(actor: Actor, kind: RecordKind, recordId: string, part: string | undefined, audited = true): Promise<void> {
    if (audited) await this.read(actor, kind, recordId);
    else await this.require(actor, kind, recordId, 'read');
    if (part === undefined) return;
    const check = this.channelParts.get(kind);
    if (!check) throw new AppError('not_found', 'No such channel.');
    await check(actor, recordId, part);
  }

  /** Adds a listener told whenever access to a record was taken away. */
  onAccessChanged(listener: AccessListener): void {
    this.listeners.push(listener);
  }

  private accessChanged(kind: RecordKind, recordId: string): void {
    for (const listener of this.listeners) listener(kind, recordId);
  }

  /**
   * Runs `work` in one transaction, in which a use case writes its change and the change's audit entry
   * (`audit(…, trx)`): a record is never left without the entry that records it, nor an entry without its change.
   */
  inTransaction<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
    return this.repos.audit.transaction(work);
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

  /**
   * Deletes a record whose deletion the caller checked (`requireOwner(…, 'delete')`): in one transaction,
   * the shares of the record and of every record going with it are revoked, `remove` deletes the rows and
   * the deletion is audited; once committed, the listeners are told (live channels drop their followers).
   */
  async deleteRecord(actor: Actor, kind: RecordKind, recordId: string, ownerOrgId: string, remove: (trx: Tx) => Promise<void>): Promise<void> {
    const records = await this.repos.records.withDescendants(kind, recordId);
    await this.inTransaction(async (trx) => {
      for (const record of records) await this.repos.shares.revokeAll(record.kind, record.id, trx);
      await remove(trx);
      await this.audit(actor, 'delete', { kind, recordId, ownerOrgId }, trx);
    });
    for (const record of records) this.accessChanged(record.kind, record.id);
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

  /**
   * The owner organisation of a record, after checking the actor is an editor of it: what only the owner
   * does (`OwnerOnly`) is refused to every other organisation, whatever its share grants, and the refusal audited.
   */
  async requireOwner(actor: Actor, kind: RecordKind, recordId: string, act: OwnerOnly): Promise<string> {
    const { access, ownerOrgId } = await this.require(actor, kind, recordId, 'read');
    if (access !== 'owner') {
      await this.audit(actor, 'access-denied', { kind, recordId, ownerOrgId, detail: OWNER_ONLY[act].detail });
      throw new AppError('forbidden', OWNER_ONLY[act].sentence);
    }
    requireRole(actor, 'editor');
    return ownerOrgId;
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
   * the access it has; `load` gets the organisation and the ids shared with it. Every list of sensitive
   * records goes through here: audited as one read in the reader's log, and as one read of each record
   * of another organisation it shows, in that organisation's log.
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
    const listed = rows.map((row) => ({ kind, id: row.id, ownerOrgId: row.ownerOrgId }));
    await this.auditList(viewer, kind, listed, `in a list${detail ? ` ${detail}` : ''}`, `list of ${rows.length}${detail ? ` ${detail}` : ''}`);
    return rows.map((row) => ({ row, access: row.ownerOrgId === viewer.orgId ? 'owner' : (shared.get(row.id) ?? 'read') }));
  }

  /**
   * The records other organisations shared with the acting one since `since`, newest share first, each
   * with its name: a list of records like any other, audited the same way.
   */
  async sharesReceived(actor: Actor, since: Date, limit: number): Promise<ReceivedShare[]> {
    const viewer = requireRole(actor, 'viewer');
    const rows = await this.repos.shares.receivedBy(viewer.orgId, since, limit);
    await this.auditList(viewer, 'share', rows, 'in the shares received', `list of ${rows.length}`);
    return rows.map(({ ownerOrgId: _owner, ...share }) => share);
  }

  /**
   * The reads of a list, in one insert: the reader's summary (`summary`, on `kind`), then one entry per
   * record of another organisation, naming its kind, id and owner, so that owner sees who read it.
   */
  private async auditList(reader: OrgActor, kind: string, records: readonly ListedRecord[], detail: string, summary: string): Promise<void> {
    const foreign = records.filter((r) => r.ownerOrgId !== reader.orgId);
    await this.repos.audit.appendMany([
      this.entry(reader, 'read', { kind, detail: summary }),
      ...foreign.map((r) => this.entry(reader, 'read', { kind: r.kind, recordId: r.id, ownerOrgId: r.ownerOrgId, detail })),
    ]);
  }

  async listShares(actor: Actor, kind: RecordKind, recordId: string): Promise<Share[]> {
    await this.requireOwner(actor, kind, recordId, 'share');
    return this.repos.shares.list(kind, recordId);
  }

  /** Shares the record (or changes the right of a share), with its audit entry in the same transaction. */
  async share(actor: Actor, kind: RecordKind, recordId: string, orgId: string, right: ShareRight): Promise<Share[]> {
    const ownerOrgId = await this.requireOwner(actor, kind, recordId, 'share');
    if (orgId === ownerOrgId) throw new AppError('share_with_owner');
    const org = await this.repos.orgs.find(orgId);
    if (!org) throw new AppError('not_found', 'No such organisation.');
    await this.inTransaction(async (trx) => {
      await this.repos.shares.grant(kind, recordId, orgId, right, actor.userId, trx);
      await this.audit(actor, 'share', { kind, recordId, ownerOrgId, detail: `${right} to ${org.slug}` }, trx);
    });
    return this.repos.shares.list(kind, recordId);
  }

  /** Revokes a share with its audit entry in one transaction; then the live channels drop the partner. */
  async unshare(actor: Actor, kind: RecordKind, recordId: string, orgId: string): Promise<Share[]> {
    const ownerOrgId = await this.requireOwner(actor, kind, recordId, 'share');
    const org = await this.repos.orgs.find(orgId);
    await this.inTransaction(async (trx) => {
      if (!(await this.repos.shares.revoke(kind, recordId, orgId, trx))) throw new AppError('not_found', 'The record is not shared with that organisation.');
      await this.audit(actor, 'unshare', { kind, recordId, ownerOrgId, detail: `from ${org?.slug ?? orgId}` }, trx);
    });
    this.accessChanged(kind, recordId);
    return this.repos.shares.list(kind, recordId);
  }

  /**
   * Appends one entry to the audit log on behalf of `actor`; within `trx` when it records a change made
   * in that transaction, so the two commit together.
   */
  async audit(actor: AuditActor | null, action: AuditAction, target: AuditTarget = {}, trx?: Tx): Promise<void> {
    await this.repos.audit.append(this.entry(actor, action, target), trx);
  }

  private entry(actor: AuditActor | null, action: AuditAction, target: AuditTarget): Parameters<Repositories['audit']['append']>[0] {
    return {
      user_id: actor?.userId ?? null,
      user_email: actor?.email ?? null,
      actor_org_id: actor?.orgId ?? null,
      owner_org_id: target.ownerOrgId ?? null,
      action,
      record_kind: target.kind ?? null,
      record_id: target.recordId ?? null,
      client_address: actor?.clientAddress ?? null,
      detail: target.detail ?? null,
    };
  }
}
