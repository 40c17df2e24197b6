/** What a client sends on the realtime socket (`GET /api/realtime`), as JSON text frames. */
export type RealtimeClientFrame =
  | { readonly type: 'subscribe'; readonly channel: string; readonly after?: number }
  | { readonly type: 'unsubscribe'; readonly channel: string };

/**
 * What the server sends. `subscribed` ends the replay of a subscription (its `seq` is the last one the
 * subscriber now has; `gap` says older messages were trimmed, so reload the record); `refused` and `revoked`
 * end a subscription; `error` answers a frame the server could not read.
 */
export type RealtimeServerFrame =
  | { readonly type: 'message'; readonly channel: string; readonly seq: number; readonly payload: unknown }
  | { readonly type: 'subscribed'; readonly channel: string; readonly seq: number; readonly gap?: true }
  | { readonly type: 'refused'; readonly channel: string; readonly code: string }
  | { readonly type: 'revoked'; readonly channel: string }
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/** Close code of a socket whose session ended (signed out or expired): reconnecting cannot help. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** The part of a WebSocket the client uses: the browser's and the `ws` package's both have it. */
export interface RealtimeSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

/** The browser's `WebSocket`, or `ws` in Node (whose third argument carries the headers). */
export type RealtimeSocketConstructor = new (
  url: string,
  protocols?: string | string[],
  options?: { headers?: Record<string, string> },
) => RealtimeSocket;

export interface RealtimeClientOptions {
  /** `ws://host:port/api/realtime` (`wss://` behind https). */
  readonly url: string;
  readonly WebSocket: RealtimeSocketConstructor;
  /**
   * Outside a browser: the session's `cookie` header, read at every (re)connection, e.g.
   * `() => api.transport.cookieHeader()`. The `Origin` header is then sent too, as a browser would.
   */
  readonly cookies?: () => string | null;
  /** Reconnection delays: doubled after each failure from `minDelayMs`, at most `maxDelayMs`. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Told when the socket opens or closes; `final` when it will not reconnect (closed, or the session ended). */
  readonly onStatus?: (status: {
    readonly open: boolean;
    readonly final: boolean;
    readonly code?: number;
  }) => void;
  /** Told of a frame the server could not read. */
  readonly onError?: (error: { readonly code: string; readonly message: string }) => void;
}

/** What a subscriber is told about one channel. */
export interface ChannelHandlers {
  /** Each message once, in order, across reconnections. */
  message(payload: unknown, seq: number): void;
  /** The replay is over; `gap` when messages may have been lost to trimming (reload the record then). */
  subscribed?(seq: number, gap: boolean): void;
  /** The server refused the channel (`code` from the error catalogue); the subscription is over. */
  refused?(code: string): void;
  /** The right to the channel was taken away; the subscription is over. */
  revoked?(): void;
}

interface Subscription {
  readonly handlers: ChannelHandlers;
  lastSeq: number | null;
}

const OPEN = 1;

/**
 * Follows channels of the realtime socket: keeps the last sequence number seen per channel, reconnects
 * with backoff and resubscribes from there, so each message arrives once and in order.
 *
 * @example
 * const live = new RealtimeClient({ url: 'ws://127.0.0.1:8080/api/realtime', WebSocket });
 * const stop = live.subscribe(`job:${jobId}`, { message: (progress) => show(progress) });
 */
export class RealtimeClient {
  private readonly subscriptions = new Map<string, Subscription>();
  private socket: RealtimeSocket | null = null;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: RealtimeClientOptions) {
    this.connect();
  }

  /** Follows `channel` (from message `after` + 1 when given, else from now); returns the unsubscribe. */
  subscribe(channel: string, handlers: ChannelHandlers, after?: number): () => void {
    const subscription: Subscription = { handlers, lastSeq: after ?? null };
    this.subscriptions.set(channel, subscription);
    this.sendSubscribe(channel, subscription);
    return () => {
      if (this.subscriptions.get(channel) !== subscription) return;
      this.subscriptions.delete(channel);
      this.send({ type: 'unsubscribe', channel });
    };
  }

  /** The last sequence number delivered on `channel`, or null before the first. */
  lastSeq(channel: string): number | null {
    return this.subscriptions.get(channel)?.lastSeq ?? null;
  }

  /** Closes the socket for good. */
  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close(1000);
  }

  private connect(): void {
    this.timer = null;
    if (this.stopped) return;
    const cookie = this.options.cookies?.();
    const headers: Record<string, string> = {};
    if (this.options.cookies) headers.origin = new URL(this.options.url.replace(/^ws/, 'http')).origin;
    if (cookie) headers.cookie = cookie;
    const socket = new this.options.WebSocket(
      this.options.url,
      undefined,
      this.options.cookies ? { headers } : undefined,
    );
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.failures = 0;
      this.options.onStatus?.({ open: true, final: false });
      for (const [channel, subscription] of this.subscriptions) this.sendSubscribe(channel, subscription);
    });
    socket.addEventListener('message', (event) => {
      if (this.socket === socket)
        this.receive(typeof event.data === 'string' ? event.data : decode(event.data));
    });
    // A failed connection also closes: the retry is scheduled there.
    socket.addEventListener('error', () => undefined);
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      const final = this.stopped || event.code === SESSION_ENDED_CLOSE_CODE;
      this.options.onStatus?.({ open: false, final, code: event.code });
      if (final) return;
      const min = this.options.minDelayMs ?? 500;
      const max = this.options.maxDelayMs ?? 15_000;
      // Jitter spreads the reconnections of many clients after a server restart.
      const delay = Math.min(max, min * 2 ** this.failures) * (0.5 + Math.random() / 2);
      this.failures += 1;
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  private receive(text: string): void {
    let frame: RealtimeServerFrame;
    try {
      frame = JSON.parse(text) as RealtimeServerFrame;
    } catch {
      return;
    }
    if (frame.type === 'error') {
      this.options.onError?.({ code: frame.code, message: frame.message });
      return;
    }
    const subscription = this.subscriptions.get(frame.channel);
    if (!subscription) return;
    switch (frame.type) {
      case 'message':
        if (subscription.lastSeq !== null && frame.seq <= subscription.lastSeq) return;
        subscription.lastSeq = frame.seq;
        subscription.handlers.message(frame.payload, frame.seq);
        return;
      case 'subscribed':
        // After a gap the server's position is the one to keep (its history may have restarted).
        subscription.lastSeq = frame.gap ? frame.seq : Math.max(subscription.lastSeq ?? 0, frame.seq);
        subscription.handlers.subscribed?.(frame.seq, frame.gap === true);
        return;
      case 'refused':
        this.subscriptions.delete(frame.channel);
        subscription.handlers.refused?.(frame.code);
        return;
      case 'revoked':
        this.subscriptions.delete(frame.channel);
        subscription.handlers.revoked?.();
        return;
    }
  }

  private sendSubscribe(channel: string, subscription: Subscription): void {
    this.send({
      type: 'subscribe',
      channel,
      ...(subscription.lastSeq !== null ? { after: subscription.lastSeq } : {}),
    });
  }

  private send(frame: RealtimeClientFrame): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }
}

/** `ws` hands text frames over as a Buffer when asked for no particular binary type. */
function decode(data: unknown): string {
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  if (ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return String(data);
}
