import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { Logger } from '../logger.ts';
import { DeliveryRepository } from './delivery-repository.ts';
import { DeliveryWorker } from './delivery-worker.ts';
import { Outbox } from './outbox.ts';
import { WebhookRepository } from './webhook-repository.ts';

export { Outbox, type OutboxMessage, type Enqueued } from './outbox.ts';
export { verifyDelivery, signDelivery } from './signature.ts';

/** Everything that leaves the platform: the outbox, the webhooks it goes to, and the worker that sends it. */
export interface OutboxSystem {
  /** `outbox.enqueue(trx, …)` in the transaction of the change that causes a message. */
  readonly outbox: Outbox;
  readonly webhooks: WebhookRepository;
  readonly deliveries: DeliveryRepository;
  readonly worker: DeliveryWorker;
  /** Whether webhooks may call private addresses (`WEBHOOKS_ALLOW_PRIVATE`). */
  readonly allowPrivate: boolean;
  /** Starts the worker unless `OUTBOX_WORKER=0`. */
  start(): void;
  /** Stops the worker, waiting for attempts under way to be recorded. */
  close(): Promise<void>;
}

export function createOutboxSystem(db: Db, config: Pick<Config, 'outbox' | 'webhooksAllowPrivate'>, logger: Logger): OutboxSystem {
  const outbox = new Outbox();
  const deliveries = new DeliveryRepository(db);
  const allowPrivate = config.webhooksAllowPrivate;
  const worker = new DeliveryWorker({ deliveries, outbox, settings: config.outbox, allowPrivate, logger });
  return {
    outbox,
    webhooks: new WebhookRepository(db, outbox),
    deliveries,
    worker,
    allowPrivate,
    start: () => {
      if (config.outbox.worker) worker.start();
    },
    close: () => worker.stop(),
  };
}
