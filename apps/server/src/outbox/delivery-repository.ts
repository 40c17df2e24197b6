import type { DeliveryAttempt, DeliveryStatus, WebhookDelivery, WebhookDeliveryPage, WebhookDeliveryQuery } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** A delivery the worker has claimed: where it goes, with which secret, and the message it carries. */
export interface ClaimedDelivery {
  readonly id: string;
  /** The number of this attempt (1 for the first). */
  readonly attempt: number;
  readonly webhookId: string;
  readonly url: string;
  readonly secret: string;
  readonly active: boolean;
  readonly messageId: string;
  readonly ownerOrgId: string;
  readonly event: string;
  readonly payload: unknown;
  readonly messageCreatedAt: Date;
}

/** What one attempt gave: the status the receiver answered, or why there was none. */
export interface AttemptOutcome {
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number;
}

/** What becomes of the delivery after an attempt. */
export type NextStep =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'retry'; readonly delayMs: number }
  | { readonly kind: 'failed' };

/** Deliveries of outbox messages to webhooks, and the history of their attempts. */
export class DeliveryRepository {
  constructor(private readonly db: Db) {}

  /**
   * Claims up to `limit` due deliveries for `leaseMs`: each is pushed out of the due ones and its attempt
   * counted in one statement, `for update skip locked` so that several servers never claim the same row.
   * A server that dies with a claim leaves a delivery that becomes due again when the lease ends.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const { rows } = await sql<{
      id: string; attempts: number; webhook_id: string; url: string; secret: string; active: boolean;
      message_id: string; owner_org_id: string; event: string; payload: unknown; message_created_at: Date;
    }>`
      with due as (
        select id from webhook_deliveries
        where status = 'pending' and next_attempt_at <= now()
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      ), claimed as (
        update webhook_deliveries d
        set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}::float8)
        from due where d.id = due.id
        returning d.id, d.attempts, d.webhook_id, d.message_id
      )
      select c.id, c.attempts, c.webhook_id, w.url, w.secret, w.active,
             c.message_id, m.owner_org_id, m.event, m.payload, m.created_at as message_created_at
      from claimed c
      join webhooks w on w.id = c.webhook_id
      join outbox_messages m on m.id = c.message_id
    `.execute(this.db);
    return rows.map((r) => ({
      id: r.id,
      attempt: r.attempts,
      webhookId: r.webhook_id,
      url: r.url,
      secret: r.secret,
      active: r.active,
      messageId: r.message_id,
      ownerOrgId: r.owner_org_id,
      event: r.event,
      payload: r.payload,
      messageCreatedAt: r.message_created_at,
    }));
  }

  /**
   * Records an attempt and what follows it. Applies only while the claim is still this one (the delivery
   * pending at this attempt number): a claim that outlived its lease and was taken over changes nothing.
   */
  async recordAttempt(claim: ClaimedDelivery, outcome: AttemptOutcome, next: NextStep): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('webhook_deliveries')
        .set({
          status: next.kind === 'retry' ? 'pending' : next.kind,
          last_status_code: outcome.statusCode,
          last_error: outcome.error,
          ...(next.kind === 'delivered' && { delivered_at: sql<Date>`now()` }),
          ...(next.kind === 'retry' && { next_attempt_at: sql<Date>`now() + make_interval(secs => ${next.delayMs / 1000}::float8)` }),
        })
        .where('id', '=', claim.id)
        .where('status', '=', 'pending')
        .where('attempts', '=', claim.attempt)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return;
      await trx
        .insertInto('webhook_delivery_attempts')
        .values({
          delivery_id: claim.id,
          attempt: claim.attempt,
          status_code: outcome.statusCode,
          error: outcome.error,
          duration_ms: Math.round(outcome.durationMs),
        })
        .execute();
    });
  }

  /** Gives up a claimed delivery without an attempt (its webhook was switched off): failed, with why. */
  async abandon(claim: ClaimedDelivery, reason: string): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({ status: 'failed', attempts: claim.attempt - 1, last_error: reason })
      .where('id', '=', claim.id)
      .where('status', '=', 'pending')
      .where('attempts', '=', claim.attempt)
      .execute();
  }

  /** One delivery with its attempts. */
  async find(id: string): Promise<WebhookDelivery | undefined> {
    const rows = await this.base().where('d.id', '=', id).execute();
    return (await this.withHistory(rows))[0];
  }

  /** The deliveries of one webhook, latest first, each with its attempts (latest first). */
  async listForWebhook(webhookId: string, query: WebhookDeliveryQuery): Promise<WebhookDeliveryPage> {
    let q = this.base().where('d.webhook_id', '=', webhookId);
    if (query.before !== undefined) {
      const before = query.before;
      q = q.where(sql<boolean>`(d.created_at, d.id) < (select created_at, id from webhook_deliveries where id = ${before})`);
    }
    const rows = await q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    return { deliveries: await this.withHistory(page), next: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
  }

  private base() {
    return this.db.selectFrom('webhook_deliveries as d').innerJoin('outbox_messages as m', 'm.id', 'd.message_id').selectAll('d').select('m.event');
  }

  private async withHistory(rows: Awaited<ReturnType<ReturnType<DeliveryRepository['base']>['execute']>>): Promise<WebhookDelivery[]> {
    const attempts = rows.length
      ? await this.db
          .selectFrom('webhook_delivery_attempts')
          .selectAll()
          .where('delivery_id', 'in', rows.map((r) => r.id))
          .orderBy('attempt', 'desc')
          .execute()
      : [];
    const history = new Map<string, DeliveryAttempt[]>();
    for (const a of attempts) {
      const list = history.get(a.delivery_id) ?? [];
      list.push({ attempt: a.attempt, at: a.at.toISOString(), statusCode: a.status_code, error: a.error, durationMs: a.duration_ms });
      history.set(a.delivery_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      messageId: r.message_id,
      webhookId: r.webhook_id,
      event: r.event,
      status: r.status as DeliveryStatus,
      attempts: r.attempts,
      nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      deliveredAt: r.delivered_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
      history: history.get(r.id) ?? [],
    }));
  }
}
