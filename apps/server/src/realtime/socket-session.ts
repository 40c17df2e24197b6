import { SESSION_ENDED_CLOSE_CODE } from '@pactesur/api-client';
import type { RecordKind } from '@pactesur/contracts';
import { WebSocket, type RawData } from 'ws';
import { AppError } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/catalogue.ts';
import { actorOfSession } from '../http/session-actor.ts';
import type { Logger } from '../logger.ts';
import type { AccessService } from '../services/access-service.ts';
import type { Actor } from '../services/actor.ts';
import type { AuthService } from '../services/auth-service.ts';
import { parseChannel } from './channels.ts';
import type { Hub } from './hub.ts';
import { ClientFrame, frameProblems, type ServerFrame } from './protocol.ts';
import { recheckSubscribers } from './revocation.ts';
import { Subscription } from './subscription.ts';

export interface SocketLimits {
  readonly maxSubscriptions: number;
  /** A client that lets this much pile up unsent is dropped (it reconnects and resumes). */
  readonly maxBufferedBytes: number;
  readonly pingEveryMs: number;
}

export interface SocketSessionDeps {
  readonly hub: Hub;
  readonly access: Pick<AccessService, 'followChannel'>;
  readonly auth: Pick<AuthService, 'authenticate'>;
  readonly logger: Logger;
  readonly limits: SocketLimits;
}

/** Close code of a client too slow to take its messages ("try again later"). */
const TOO_SLOW = 1013;

/**
 * One client's socket: reads its frames, subscribes it to the channels it may read, sends it their
 * messages. Every ping interval it checks the peer still answers and the session is still valid; a session
 * that ended closes the socket, a switch of organisation or role re-checks every subscription.
 */
export class SocketSession {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly heartbeat: NodeJS.Timeout;
  private alive = true;

  constructor(
    private readonly ws: WebSocket,
    private actor: Actor,
    private readonly token: string,
    private readonly deps: SocketSessionDeps,
    private readonly onEnd: () => void,
  ) {
    ws.on('message', (data, isBinary) => void this.receive(data, isBinary));
    ws.on('pong', () => (this.alive = true));
    // Protocol errors (a frame over the size limit, a bad opcode): ws closes the socket itself.
    ws.on('error', (error) => deps.logger.debug({ err: error }, 'realtime: socket error'));
    ws.on('close', () => this.end());
    this.heartbeat = setInterval(() => void this.beat(), deps.limits.pingEveryMs);
    this.heartbeat.unref();
  }

  private async receive(data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary) return this.error('validation_failed', 'Send JSON text frames.');
    let json: unknown;
    try {
      json = JSON.parse(rawText(data));
    } catch {
      return this.error('invalid_json');
    }
    const frame = ClientFrame.safeParse(json);
    if (!frame.success) return this.error('validation_failed', frameProblems(frame.error));
    if (frame.data.type === 'unsubscribe') return this.unsubscribe(frame.data.channel);
    await this.subscribe(frame.data.channel, frame.data.after ?? null);
  }

  private async subscribe(channel: string, after: number | null): Promise<void> {
    this.unsubscribe(channel); // subscribing again starts over, from the new `after`
    const parsed = parseChannel(channel);
    if (!parsed || parsed.kind === 'access')
      return this.send({ type: 'refused', channel, code: 'unknown_channel' });
    if (this.subscriptions.size >= this.deps.limits.maxSubscriptions) {
      return this.send({ type: 'refused', channel, code: 'too_many_subscriptions' });
    }
    // A user's own channel is theirs alone; a record's, its readers'.
    const mayFollow =
      parsed.kind === 'user'
        ? (): Promise<boolean> => Promise.resolve(this.actor.userId === parsed.userId)
        : () => this.mayRead(parsed.recordKind, parsed.recordId, parsed.part);
    const subscription: Subscription = new Subscription(
      channel,
      (message) => this.send({ type: 'message', channel, seq: message.seq, payload: message.payload }),
      mayFollow,
      () => this.revoke(subscription),
    );
    this.subscriptions.set(channel, subscription);
    try {
      if (parsed.kind === 'user') {
        if (!(await mayFollow())) throw new AppError('not_found', 'No such channel.');
      } else await this.deps.access.followChannel(this.actor, parsed.recordKind, parsed.recordId, parsed.part);
      if (!this.holds(subscription)) return;
      const { seq, gap } = await this.deps.hub.attach(subscription, after);
      if (!this.holds(subscription)) return this.deps.hub.detach(subscription);
      this.send({ type: 'subscribed', channel, seq, ...(gap ? { gap: true as const } : {}) });
    } catch (error) {
      if (this.holds(subscription)) this.drop(subscription);
      if (!(error instanceof AppError))
        this.deps.logger.error({ err: error, channel }, 'realtime: subscription failed');
      this.send({
        type: 'refused',
        channel,
        code: error instanceof AppError ? error.code : 'internal_error',
      });
    }
  }

  private unsubscribe(channel: string): void {
    const subscription = this.subscriptions.get(channel);
    if (subscription) this.drop(subscription);
  }

  private revoke(subscription: Subscription): void {
    if (!this.holds(subscription)) return;
    this.drop(subscription);
    this.send({ type: 'revoked', channel: subscription.channel });
  }

  private async mayRead(kind: RecordKind, recordId: string, part: string | undefined): Promise<boolean> {
    try {
      await this.deps.access.followChannel(this.actor, kind, recordId, part, false);
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  private holds(subscription: Subscription): boolean {
    return this.subscriptions.get(subscription.channel) === subscription;
  }

  private drop(subscription: Subscription): void {
    this.subscriptions.delete(subscription.channel);
    subscription.close();
    this.deps.hub.detach(subscription);
  }

  private async beat(): Promise<void> {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
    try {
      const session = await actorOfSession(this.deps.auth, this.token, this.actor.clientAddress);
      if (!session) {
        this.ws.close(SESSION_ENDED_CLOSE_CODE, 'session_expired');
        return;
      }
      const before = this.actor;
      this.actor = session.actor;
      if (before.orgId !== this.actor.orgId || before.role !== this.actor.role) {
        await recheckSubscribers(this.subscriptions.values(), this.deps.logger);
      }
    } catch (error) {
      this.deps.logger.error({ err: error }, 'realtime: could not check the session of a socket');
    }
  }

  private error(code: ErrorCode, message?: string): void {
    this.send({ type: 'error', code, message: message ?? new AppError(code).message });
  }

  private send(frame: ServerFrame): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.deps.limits.maxBufferedBytes) {
      this.ws.close(TOO_SLOW, 'too slow');
      return;
    }
    this.ws.send(JSON.stringify(frame));
  }

  /** Closes the socket from the server's side (shutdown). */
  terminate(): void {
    this.ws.terminate();
  }

  private end(): void {
    clearInterval(this.heartbeat);
    for (const subscription of [...this.subscriptions.values()]) this.drop(subscription);
    this.onEnd();
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}
