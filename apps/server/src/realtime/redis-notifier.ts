import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { formatNotice, parseNotice, type Notice, type NoticeListener, type Notifier } from './notifier.ts';

/**
 * Redis pub/sub: one connection subscribed to the installation's channel, one that publishes. Redis knows
 * nothing of the database's transactions, so a notice is published once the message is committed
 * (`announce`). ioredis reconnects and subscribes again by itself; after a reconnection the hub reads its
 * channels again for what it missed.
 */
export class RedisNotifier implements Notifier {
  readonly sqlChannel = null;
  private readonly subscriber: Redis;
  private readonly publisher: Redis;
  private ready = false;

  constructor(
    url: string,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {
    this.subscriber = new Redis(url, { lazyConnect: true });
    this.publisher = new Redis(url, { lazyConnect: true });
    for (const connection of [this.subscriber, this.publisher]) {
      connection.on('error', (error: Error) =>
        this.logger.warn({ err: error }, 'realtime: Redis connection error'),
      );
    }
  }

  async start(listener: NoticeListener): Promise<void> {
    this.subscriber.on('message', (channel: string, text: string) => {
      const notice = channel === this.channel ? parseNotice(text) : null;
      if (notice) listener.notice(notice);
    });
    this.subscriber.on('ready', () => {
      if (this.ready) listener.resync();
    });
    await Promise.all([this.subscriber.connect(), this.publisher.connect()]);
    await this.subscriber.subscribe(this.channel);
    this.ready = true;
  }

  async announce(notice: Notice): Promise<void> {
    await this.publisher.publish(this.channel, formatNotice(notice));
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    await this.publisher.quit().catch(() => undefined);
  }
}
