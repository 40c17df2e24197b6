import type { Briefing, CreateBriefing, UpdateBriefing } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { ModuleDeps } from '../module.ts';
import type { BriefingRepository } from './briefing-repository.ts';

/**
 * Confidential briefings: the first sensitive record kind, under ownership, sharing and audit. A change or
 * a deletion is news on the briefing's live channel (`record:briefing:<id>`), so a page open on it can say
 * so; the news names what changed, never the content (a subscriber reads that through the API, audited).
 */
export class BriefingService {
  constructor(
    private readonly briefings: BriefingRepository,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
  ) {}

  /** Briefings the acting organisation owns or that were shared with it. Listing titles is audited as one read. */
  async list(actor: Actor): Promise<Briefing[]> {
    const visible = await this.access.listVisible(actor, 'briefing', (orgId, ids) => this.briefings.listVisible(orgId, ids));
    return visible.map(({ row, access }) => ({ ...row, access }));
  }

  async get(actor: Actor, id: string): Promise<Briefing> {
    const { access } = await this.access.read(actor, 'briefing', id);
    const record = await this.briefings.find(id);
    if (!record) throw new AppError('not_found');
    return { ...record, access };
  }

  /** The briefing and its audit entry are written in one transaction, as every change below. */
  async create(actor: Actor, input: CreateBriefing): Promise<Briefing> {
    const editor = requireRole(actor, 'editor');
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.briefings.create(editor.orgId, editor.userId, input, trx);
      await this.access.audit(actor, 'create', { kind: 'briefing', recordId: created, ownerOrgId: editor.orgId }, trx);
      return created;
    });
    const record = await this.briefings.find(id);
    if (!record) throw new Error('briefing vanished after insert');
    return { ...record, access: 'owner' };
  }

  async update(actor: Actor, id: string, input: UpdateBriefing): Promise<Briefing> {
    const { access, ownerOrgId } = await this.access.require(actor, 'briefing', id, 'edit');
    await this.access.inTransaction(async (trx) => {
      await this.briefings.update(id, input, trx);
      await this.access.audit(actor, 'update', { kind: 'briefing', recordId: id, ownerOrgId, detail: Object.keys(input).join(',') }, trx);
    });
    const record = await this.briefings.find(id);
    if (!record) throw new AppError('not_found');
    await this.live.publish(recordChannel('briefing', id), { change: 'updated', fields: Object.keys(input), at: record.updatedAt });
    return { ...record, access };
  }

  /** Only the owner organisation deletes (ADR 0018); the shares go with the record. */
  async delete(actor: Actor, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, 'briefing', id, 'delete');
    await this.access.deleteRecord(actor, 'briefing', id, ownerOrgId, (trx) => this.briefings.delete(id, trx));
    await this.live.publish(recordChannel('briefing', id), { change: 'deleted' });
  }
}
