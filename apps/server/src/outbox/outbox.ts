import type { WebhookEvent } from '@pactesur/contracts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A message that leaves the platform: an event of one organisation and its JSON payload. */
export interface OutboxMessage {
  readonly ownerOrgId: string;
  readonly event: WebhookEvent;
  readonly payload: unknown;
  /**
   * Only these webhooks of the organisation, whether or not they subscribe to the event or are active
   * (a ping of one webhook); absent: every active webhook of the organisation subscribed to the event.
   */
  readonly webhookIds?: readonly string[];
}

export interface Enqueued {
  readonly messageId: string;
  readonly deliveryIds: readonly string[];
}

/**
 * Where everything that leaves the platform is written first. `enqueue` writes the message and its
 * pending deliveries with the caller's transaction, so they exist exactly when the change that caused
 * them was committed; the delivery worker sends them afterwards, however long that takes.
 */
export class Outbox {
  private readonly listeners = new Set<() => void>();

  /** Called after every `enqueue` of this process (the worker looks at once instead of at its next poll). */
  onEnqueue(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes `message` and one pending delivery per webhook it goes to, with `trx` (a transaction of the
   * caller, or the database for a change of its own).
   *
   * @example
   * await db.transaction().execute(async (trx) => {
   *   await trx.updateTable('jobs').set({ status: 'succeeded' }).where('id', '=', jobId).execute();
   *   await outbox.enqueue(trx, { ownerOrgId, event: 'record.ready', payload: { kind: 'threat-analysis', id } });
   * });
   */
  async enqueue(trx: Kysely<Database>, message: OutboxMessage): Promise<Enqueued> {
    const { id: messageId } = await trx
      .insertInto('outbox_messages')
      .values({ owner_org_id: message.ownerOrgId, event: message.event, payload: JSON.stringify(message.payload ?? null) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const targets = trx
      .selectFrom('webhooks')
      .select([sql<string>`cast(${messageId} as uuid)`.as('message_id'), 'id as webhook_id'])
      .where('owner_org_id', '=', message.ownerOrgId);
    const chosen = message.webhookIds
      ? message.webhookIds.length > 0
        ? targets.where('id', 'in', message.webhookIds)
        : null
      : targets.where('active', '=', true).where(sql<boolean>`events @> ${JSON.stringify([message.event])}::jsonb`);
    const deliveries = chosen
      ? await trx
          .insertInto('webhook_deliveries')
          .columns(['message_id', 'webhook_id'])
          .expression(chosen)
          .returning('id')
          .execute()
      : [];
    for (const listener of this.listeners) listener();
    return { messageId, deliveryIds: deliveries.map((d) => d.id) };
  }
}
