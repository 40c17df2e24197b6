import type { StoredMessage } from './message-repository.ts';

/** Whether a subscriber may still read its channel; throws when that cannot be told (the database is down). */
export type Recheck = () => Promise<boolean>;

/**
 * One follower of a channel: a socket's subscription, or a server-side one (an SSE route). While its
 * replay runs, live messages are held; then it passes each message on once, in `seq` order.
 */
export class Subscription {
  /** The last `seq` passed on. */
  lastSeq = 0;
  private held: StoredMessage[] | null = [];
  private closed = false;

  constructor(
    readonly channel: string,
    private readonly onMessage: (message: StoredMessage) => void,
    /** Re-checks the subscriber's right when access to the record changed; null when the caller checks. */
    readonly recheck: Recheck | null = null,
    /** Ends the subscription of a subscriber who lost the right (tells them, and detaches it). */
    readonly revoke: () => void = () => undefined,
  ) {}

  /** A live message: held during the replay, passed on after it. */
  deliver(message: StoredMessage): void {
    if (this.held) this.held.push(message);
    else this.pass(message);
  }

  /** A message of the replay. */
  replay(message: StoredMessage): void {
    this.pass(message);
  }

  /** The replay is over: the held messages not already replayed go out, then every live one as it comes. */
  goLive(): void {
    const held = this.held ?? [];
    this.held = null;
    held.sort((a, b) => a.seq - b.seq);
    for (const message of held) this.pass(message);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    this.held = null;
  }

  private pass(message: StoredMessage): void {
    if (this.closed || message.seq <= this.lastSeq) return;
    this.lastSeq = message.seq;
    this.onMessage(message);
  }
}
