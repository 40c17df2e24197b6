import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RecordKind } from '@pactesur/contracts';
import type { Kysely } from 'kysely';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors/app-error.ts';
import type { Logger } from '../logger.ts';
import type { AccessService } from '../services/access-service.ts';
import type { AuthService } from '../services/auth-service.ts';
import { accessChannel, channelsOfRecord, parseChannel, recordChannel } from './channels.ts';
import { Hub } from './hub.ts';
import { RealtimeMessageRepository, type StoredMessage } from './message-repository.ts';
import { LocalNotifier, type Notice, type Notifier } from './notifier.ts';
import { PgNotifier } from './pg-notifier.ts';
import { RedisNotifier } from './redis-notifier.ts';
import { recheckSubscribers } from './revocation.ts';
import { SocketSession, type SocketLimits } from './socket-session.ts';
import { Subscription, type Recheck } from './subscription.ts';
import { grantUpgrade, refuseUpgrade, upgradeRules } from './upgrade.ts';

export interface RealtimeSettings extends SocketLimits {
  /** How long messages are kept for clients that reconnect. */
  readonly retentionMs: number;
  readonly trimEveryMs: number;
  /** Largest frame a client may send; a larger one closes its socket (1009). */
  readonly maxFrameBytes: number;
}

export const DEFAULT_REALTIME_SETTINGS: RealtimeSettings = Object.freeze({
  retentionMs: 60 * 60_000,
  trimEveryMs: 60_000,
  maxFrameBytes: 64 * 1024,
  maxSubscriptions: 200,
  maxBufferedBytes: 4 * 1024 * 1024,
  pingEveryMs: 30_000,
});

export interface RealtimeDeps {
  readonly config: Pick<Config, 'database' | 'redisUrl' | 'publicUrl' | 'trustProxy' | 'jobs'>;
  readonly db: Db;
  readonly auth: Pick<AuthService, 'authenticate'>;
  readonly access: Pick<AccessService, 'followChannel'>;
  readonly logger: Logger;
  readonly settings?: Partial<RealtimeSettings>;
}

/** A message stored in a transaction; `announce()` once the transaction committed (see `publishInTransaction`). */
export interface PendingMessage {
  readonly seq: number;
  announce(): Promise<void>;
}

/**
 * How a server-side subscriber keeps its right to a channel: `recheck` is asked whenever access to the
 * channel's record changes (a share revoked, the record deleted), and `revoked` is called, once, when it
 * says no (or cannot tell); the subscription is closed by then.
 */
export interface SubscriberAccess {
  readonly recheck: Recheck;
  readonly revoked: () => void;
}

/** A server-side subscription (e.g. an SSE route following a job): live until `close()`. */
export interface ServerSubscription {
  /** The last `seq` delivered when the subscription went live. */
  readonly seq: number;
  /** Messages after `after` may have been trimmed before the replay. */
  readonly gap: boolean;
  close(): void;
}

/** The realtime layer of one server instance; see `createRealtime`. */
export interface Realtime {
  /** Stores a message of `channel` and tells every instance; resolves with its `seq`. */
  publish(channel: string, payload: unknown): Promise<number>;
  /**
   * Stores a message in the transaction `trx`, so a change and its message commit together. Call
   * `announce()` after the commit: with PostgreSQL alone the NOTIFY already rides the commit and it does
   * nothing, but with Redis (or the embedded database) it is what tells the subscribers.
   */
  publishInTransaction(trx: Kysely<Database>, channel: string, payload: unknown): Promise<PendingMessage>;
  /**
   * Follows `channel` from the server: replays the stored messages after `after` (from now when null),
   * then every new one, each once, in order. The caller has checked access; with `access`, it is re-checked
   * like a socket's subscription whenever access to the channel's record changes, on any instance.
   */
  subscribe(
    channel: string,
    after: number | null,
    onMessage: (message: StoredMessage) => void,
    access?: SubscriberAccess,
  ): Promise<ServerSubscription>;
  /** Who may read a record changed: every instance re-checks its subscribers of the record's channels. */
  accessChanged(kind: RecordKind, recordId: string): Promise<void>;
  /** The HTTP server's `upgrade` event: opens the realtime socket of `GET /api/realtime`, or refuses. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Drops every socket (the server is stopping; clients reconnect to another instance). */
  disconnectAll(): void;
  close(): Promise<void>;
}

function notifierFor(config: RealtimeDeps['config'], logger: Logger): Notifier {
  // The queue prefix names the installation in Redis: installations sharing a server do not hear each other.
  if (config.redisUrl) return new RedisNotifier(config.redisUrl, `${config.jobs.prefix}:realtime`, logger);
  if (config.database.kind === 'postgres') return new PgNotifier(config.database.url, logger);
  return new LocalNotifier();
}

/**
 * The realtime layer (ADR 0013): channels of stored messages, told across instances by PostgreSQL
 * `LISTEN/NOTIFY` (or Redis pub/sub when `REDIS_URL` is set, or a function call on the embedded database),
 * and the WebSocket endpoint that lets signed-in clients follow the records they may read.
 */
export async function createRealtime(deps: RealtimeDeps): Promise<Realtime> {
  const settings: RealtimeSettings = { ...DEFAULT_REALTIME_SETTINGS, ...deps.settings };
  const { logger } = deps;
  const messages = new RealtimeMessageRepository(deps.db);
  const hub = new Hub(messages, logger);
  const notifier = notifierFor(deps.config, logger);
  const sessions = new Set<SocketSession>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxFrameBytes });

  const recheckRecord = (kind: RecordKind, recordId: string) =>
    recheckSubscribers(
      [
        ...channelsOfRecord(kind, recordId).flatMap((channel) => hub.subscribersOf(channel)),
        ...hub.subscribersOfParts(recordChannel(kind, recordId)),
      ],
      logger,
    );

  await notifier.start({
    notice: (notice: Notice) => {
      const channel = parseChannel(notice.channel);
      if (channel?.kind === 'access') void recheckRecord(channel.recordKind, channel.recordId);
      else hub.notice(notice);
    },
    resync: () => {
      hub.resync();
      // Notices of access changes may have been lost too.
      void recheckSubscribers(hub.allSubscribers(), logger);
    },
  });

  const announce = (notice: Notice) =>
    notifier.announce(notice).catch((error: unknown) => {
      // The message is stored: subscribers get it with the channel's next notice, or after a resync.
      logger.error({ err: error, channel: notice.channel }, 'realtime: could not announce a message');
    });

  const checked = (channel: string): string => {
    if (!parseChannel(channel)) throw new Error(`not a realtime channel: ${channel}`);
    return channel;
  };

  const publish = async (channel: string, payload: unknown): Promise<number> => {
    const seq = await messages.insert(deps.db, checked(channel), payload, notifier.sqlChannel);
    await announce({ seq, channel });
    return seq;
  };

  const trimmer = setInterval(() => {
    messages
      .trim(settings.retentionMs)
      .catch((error: unknown) => logger.error({ err: error }, 'realtime: could not trim old messages'));
  }, settings.trimEveryMs);
  trimmer.unref();

  const rules = upgradeRules(deps.config);
  const open = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    grantUpgrade(request, deps.auth, rules).then(
      (grant) =>
        wss.handleUpgrade(request, socket, head, (ws) => {
          const session: SocketSession = new SocketSession(
            ws,
            grant.actor,
            grant.token,
            { hub, access: deps.access, auth: deps.auth, logger, limits: settings },
            () => sessions.delete(session),
          );
          sessions.add(session);
        }),
      (error: unknown) => {
        if (!(error instanceof AppError))
          logger.error({ err: error }, 'realtime: could not decide an upgrade');
        refuseUpgrade(socket, error instanceof AppError ? error : new AppError('internal_error'));
      },
    );
  };

  const disconnectAll = () => {
    for (const session of sessions) session.terminate();
  };

  return {
    publish,
    publishInTransaction: async (trx, channel, payload) => {
      const seq = await messages.insert(trx, checked(channel), payload, notifier.sqlChannel);
      return { seq, announce: () => announce({ seq, channel }) };
    },
    subscribe: async (channel, after, onMessage, access) => {
      const close = () => {
        subscription.close();
        hub.detach(subscription);
      };
      const revoke = () => {
        close();
        access?.revoked();
      };
      const subscription: Subscription = new Subscription(checked(channel), onMessage, access?.recheck ?? null, revoke);
      const { seq, gap } = await hub.attach(subscription, after);
      return { seq, gap, close };
    },
    accessChanged: async (kind, recordId) => {
      await publish(accessChannel(kind, recordId), null);
    },
    handleUpgrade: open,
    disconnectAll,
    close: async () => {
      clearInterval(trimmer);
      disconnectAll();
      wss.close();
      await notifier.close();
    },
  };
}
