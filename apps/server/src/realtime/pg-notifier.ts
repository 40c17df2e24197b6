import pg from 'pg';
import type { Logger } from '../logger.ts';
import { parseNotice, type Notice, type NoticeListener, type Notifier } from './notifier.ts';

const CHANNEL = 'pactesur_realtime';

/**
 * PostgreSQL `LISTEN/NOTIFY` on one dedicated connection (not the pool's: a pooled connection is handed to
 * other queries and would stop listening). The insert of a message notifies, so a notice of a message
 * written in a transaction goes out at its commit. A lost connection is reopened with backoff, then the
 * hub reads its channels again for what it missed meanwhile.
 */
export class PgNotifier implements Notifier {
  readonly sqlChannel = CHANNEL;
  private client: pg.Client | null = null;
  private listener: NoticeListener | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  async start(listener: NoticeListener): Promise<void> {
    this.listener = listener;
    await this.connect();
  }

  announce(_notice: Notice): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('notification', (message) => {
      const notice = message.channel === CHANNEL && message.payload ? parseNotice(message.payload) : null;
      if (notice && this.client === client) this.listener?.notice(notice);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.logger.warn({ err: error }, 'realtime: the LISTEN connection was lost; reconnecting');
    client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    const delay = Math.min(10_000, 250 * 2 ** this.failures);
    this.timer = setTimeout(() => {
      this.connect().then(
        () => {
          this.failures = 0;
          this.listener?.resync();
        },
        (error: unknown) => {
          this.failures += 1;
          this.logger.warn({ err: error }, 'realtime: could not listen again; retrying');
          if (!this.closed) this.retry();
        },
      );
    }, delay);
  }
}
