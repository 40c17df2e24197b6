import type { CreateWebhook, UpdateWebhook, Webhook, WebhookEvent } from '@pactesur/contracts';
import type { Selectable } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { NewAuditEntry, WebhooksTable } from '../db/schema.ts';
import type { Enqueued, Outbox } from './outbox.ts';

const PUBLIC_COLUMNS = ['id', 'owner_org_id', 'url', 'events', 'active', 'description', 'created_by', 'created_at'] as const;

type Row = Pick<Selectable<WebhooksTable>, (typeof PUBLIC_COLUMNS)[number]>;

const toWebhook = (r: Row): Webhook => ({
  id: r.id,
  ownerOrgId: r.owner_org_id,
  url: r.url,
  events: r.events as WebhookEvent[],
  active: r.active,
  description: r.description,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
});

/** Organisations' webhooks. Who may see or change one is the service's decision; the secret is read only by the worker. */
export class WebhookRepository {
  constructor(
    private readonly db: Db,
    private readonly outbox: Outbox,
  ) {}

  async create(orgId: string, userId: string, input: CreateWebhook, secret: string): Promise<Webhook> {
    const r = await this.db
      .insertInto('webhooks')
      .values({
        owner_org_id: orgId,
        created_by: userId,
        url: input.url,
        secret,
        events: JSON.stringify(input.events),
        active: input.active,
        description: input.description,
      })
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirstOrThrow();
    return toWebhook(r);
  }

  async list(orgId: string): Promise<Webhook[]> {
    const rows = await this.db.selectFrom('webhooks').select(PUBLIC_COLUMNS).where('owner_org_id', '=', orgId).orderBy('created_at').execute();
    return rows.map(toWebhook);
  }

  async find(id: string): Promise<Webhook | undefined> {
    const r = await this.db.selectFrom('webhooks').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
    return r && toWebhook(r);
  }

  async update(id: string, input: UpdateWebhook): Promise<void> {
    await this.db
      .updateTable('webhooks')
      .set({
        ...(input.url !== undefined && { url: input.url }),
        ...(input.events !== undefined && { events: JSON.stringify(input.events) }),
        ...(input.active !== undefined && { active: input.active }),
        ...(input.description !== undefined && { description: input.description }),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Replaces the secret: deliveries still pending are signed with the new one when they are sent. */
  async setSecret(id: string, secret: string): Promise<void> {
    await this.db.updateTable('webhooks').set({ secret }).where('id', '=', id).execute();
  }

  /** The webhook goes with its deliveries and their history; the messages stay for the other webhooks. */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('webhooks').where('id', '=', id).execute();
  }

  /**
   * A ping of one webhook: the audit entry that records the request and the message with its delivery,
   * in one transaction, so there is never a ping without its record nor a record without its ping.
   */
  async ping(webhook: Webhook, audit: NewAuditEntry): Promise<Enqueued> {
    return this.db.transaction().execute(async (trx) => {
      const enqueued = await this.outbox.enqueue(trx, {
        ownerOrgId: webhook.ownerOrgId,
        event: 'webhook.ping',
        payload: { webhookId: webhook.id, url: webhook.url, events: webhook.events },
        webhookIds: [webhook.id],
      });
      await trx.insertInto('audit_log').values(audit).execute();
      return enqueued;
    });
  }
}
