import type { MarkNotificationsRead, NotificationList, NotificationNews, NotificationQuery } from '@pactesur/contracts';
import type { LivePublisher } from '../realtime/live-publisher.ts';
import type { PendingMessage } from '../realtime/realtime.ts';
import { userChannel } from '../realtime/channels.ts';
import type { Repositories } from '../repositories/index.ts';
import type { NewNotification } from '../repositories/notifications.ts';
import type { Tx } from '../repositories/tx.ts';
import type { Actor } from './actor.ts';

/** Tells the users' open pages of notifications written in a transaction: call it once the transaction committed. */
export type Announce = () => Promise<void>;

/**
 * Each user's notifications (ADR 0026). A use case writes them with the transaction of the change they tell
 * of (`notify(trx, …)`), so a notification exists exactly when its change does, then announces them; the
 * user's pages follow `user:<id>` and read the inbox again on each piece of news. A user reads and marks only
 * their own notifications.
 */
export class NotificationService {
  constructor(
    private readonly repos: Pick<Repositories, 'notifications'>,
    private readonly live: Pick<LivePublisher, 'publish' | 'publishInTransaction'>,
  ) {}

  async list(actor: Actor, query: NotificationQuery): Promise<NotificationList> {
    const [items, unread] = await Promise.all([
      this.repos.notifications.list(actor.userId, { unread: query.unread === 'true', limit: query.limit, before: query.before ?? null }),
      this.repos.notifications.unread(actor.userId),
    ]);
    return { items, unread };
  }

  async markRead(actor: Actor, body: MarkNotificationsRead): Promise<NotificationList> {
    const changed = await this.repos.notifications.markRead(actor.userId, 'all' in body ? null : body.ids);
    const list = await this.list(actor, { limit: 30 });
    // Other pages of the user hear of it; if they cannot now, they read the inbox again when they resubscribe.
    if (changed > 0) await this.live.publish(userChannel(actor.userId), { type: 'read', unread: list.unread } satisfies NotificationNews).catch(() => undefined);
    return list;
  }

  /** Writes `items` with `trx`; the answer announces them once `trx` committed. */
  async notify(trx: Tx, items: readonly NewNotification[]): Promise<Announce> {
    const ids = await this.repos.notifications.insert(trx, items);
    // One user's channel at a time, in the order of their ids: each message takes its channel's lock until
    // commit, and two transactions taking them in the same order cannot wait for each other.
    const order = items.map((n, i) => ({ userId: n.userId, id: ids[i] ?? '' })).sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    const pending: PendingMessage[] = [];
    for (const { userId, id } of order) {
      pending.push(await this.live.publishInTransaction(trx, userChannel(userId), { type: 'notification', id } satisfies NotificationNews));
    }
    return async () => {
      for (const message of pending) await message.announce();
    };
  }
}
