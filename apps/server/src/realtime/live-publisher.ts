import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { PendingMessage, Realtime } from './realtime.ts';

/**
 * The publishing side of the realtime layer, as use cases see it. The services are built before the layer
 * (which needs them to authenticate its sockets), so they get this, and the platform attaches the layer once
 * it runs; a message published before that, or after the layer closed, is an error, not a silent loss.
 */
export class LivePublisher {
  private target: Pick<Realtime, 'publish' | 'publishInTransaction'> | null = null;

  attach(realtime: Pick<Realtime, 'publish' | 'publishInTransaction'>): void {
    this.target = realtime;
  }

  detach(): void {
    this.target = null;
  }

  /** Stores and announces a message of `channel` (see `realtime/channels.ts`); resolves with its `seq`. */
  publish(channel: string, payload: unknown): Promise<number> {
    if (!this.target) return Promise.reject(new Error(`the realtime layer is not running: nothing published on ${channel}`));
    return this.target.publish(channel, payload);
  }

  /** Stores a message with the transaction `trx`, to `announce()` once it committed (see `Realtime.publishInTransaction`). */
  publishInTransaction(trx: Kysely<Database>, channel: string, payload: unknown): Promise<PendingMessage> {
    if (!this.target) return Promise.reject(new Error(`the realtime layer is not running: nothing published on ${channel}`));
    return this.target.publishInTransaction(trx, channel, payload);
  }
}
