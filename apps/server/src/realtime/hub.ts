import type { Logger } from '../logger.ts';
import type { RealtimeMessageRepository, StoredMessage } from './message-repository.ts';
import type { Notice } from './notifier.ts';
import type { Subscription } from './subscription.ts';

/** Messages read from the database at once, in a replay or after a notice. */
const PAGE = 500;

/** The subscribers of one channel on this instance, and how far this instance has read the channel. */
class Feed {
  readonly subscribers = new Set<Subscription>();
  /** The last `seq` read from the database and handed to the subscribers. */
  cursor = 0;
  ready: Promise<void> = Promise.resolve();
  private pulling = false;
  private again = false;

  constructor(readonly channel: string) {}

  /** Reads what is new since `cursor` and hands it out, one reader at a time; a notice meanwhile reads again. */
  async pull(messages: RealtimeMessageRepository, logger: Logger, current: () => boolean): Promise<void> {
    if (this.pulling) {
      this.again = true;
      return;
    }
    this.pulling = true;
    try {
      do {
        this.again = false;
        const page = await messages.after(this.channel, this.cursor, PAGE);
        for (const message of page) this.handOut(message, logger);
        if (page.length === PAGE) this.again = true;
      } while (this.again && current());
    } catch (error) {
      // The next notice, or the resync after a reconnection, reads from the same cursor again.
      logger.error({ err: error, channel: this.channel }, 'realtime: could not read new messages');
    } finally {
      this.pulling = false;
    }
  }

  private handOut(message: StoredMessage, logger: Logger): void {
    if (message.seq <= this.cursor) return;
    this.cursor = message.seq;
    for (const subscriber of [...this.subscribers]) {
      try {
        subscriber.deliver(message);
      } catch (error) {
        logger.error({ err: error, channel: this.channel }, 'realtime: a subscriber failed');
      }
    }
  }
}

/**
 * The channels followed on this instance. A notice of a followed channel makes it read the channel's new
 * messages from the database and hand them to the subscribers in `seq` order; the rest are ignored.
 *
 * Joining a channel replays its stored messages after `after` while live ones are held, then releases the
 * held ones not already replayed: nothing is lost in between and nothing comes twice. Messages of one
 * channel commit in `seq` order (see `RealtimeMessageRepository.insert`), so this needs no more than "every
 * message after the last one seen".
 */
export class Hub {
  private readonly feeds = new Map<string, Feed>();

  constructor(
    private readonly messages: RealtimeMessageRepository,
    private readonly logger: Logger,
  ) {}

  /**
   * Joins `subscription` to its channel: from `after` (replaying the stored messages after it), or from now
   * when null. Resolves when the subscription is live, with the last `seq` it has and whether messages
   * after `after` may have been trimmed already (`gap`).
   */
  async attach(subscription: Subscription, after: number | null): Promise<{ seq: number; gap: boolean }> {
    const feed = this.feedOf(subscription.channel);
    feed.subscribers.add(subscription);
    try {
      await feed.ready;
      let gap = false;
      // A `seq` beyond the channel's last comes from another database (restored, or reset): start from now.
      const reached =
        after !== null && after > feed.cursor ? await this.messages.latest(subscription.channel) : null;
      if (after === null) {
        subscription.lastSeq = feed.cursor;
      } else if (reached !== null && after > reached) {
        subscription.lastSeq = reached;
        gap = true;
      } else {
        subscription.lastSeq = after;
        for (;;) {
          const page = await this.messages.after(subscription.channel, subscription.lastSeq, PAGE);
          for (const message of page) subscription.replay(message);
          if (page.length < PAGE || subscription.isClosed) break;
        }
        // Read after the replay: a trim during it can only make this say "gap" needlessly, never miss one.
        const oldest = await this.messages.oldest();
        gap = oldest !== null && after < oldest - 1;
      }
      subscription.goLive();
      return { seq: subscription.lastSeq, gap };
    } catch (error) {
      this.detach(subscription);
      throw error;
    }
  }

  detach(subscription: Subscription): void {
    const feed = this.feeds.get(subscription.channel);
    if (!feed) return;
    feed.subscribers.delete(subscription);
    if (feed.subscribers.size === 0) this.feeds.delete(subscription.channel);
  }

  /** The subscribers of `channel` on this instance. */
  subscribersOf(channel: string): Subscription[] {
    return [...(this.feeds.get(channel)?.subscribers ?? [])];
  }

  /** The subscribers of the parts of a record's channel (`<channel>:<part>`) on this instance. */
  subscribersOfParts(channel: string): Subscription[] {
    const prefix = `${channel}:`;
    return [...this.feeds.entries()].flatMap(([name, feed]) => (name.startsWith(prefix) ? [...feed.subscribers] : []));
  }

  /** Every subscriber on this instance. */
  allSubscribers(): Subscription[] {
    return [...this.feeds.values()].flatMap((feed) => [...feed.subscribers]);
  }

  notice(notice: Notice): void {
    const feed = this.feeds.get(notice.channel);
    if (feed && notice.seq > feed.cursor) this.schedulePull(feed);
  }

  /** Reads every followed channel again (notices may have been lost). */
  resync(): void {
    for (const feed of this.feeds.values()) this.schedulePull(feed);
  }

  private schedulePull(feed: Feed): void {
    void feed.ready.then(
      () => feed.pull(this.messages, this.logger, () => this.feeds.get(feed.channel) === feed),
      () => undefined,
    );
  }

  private feedOf(channel: string): Feed {
    const existing = this.feeds.get(channel);
    if (existing) return existing;
    const feed = new Feed(channel);
    // Start from the channel's last stored message: earlier ones are the replay's business.
    feed.ready = this.messages.latest(channel).then((seq) => {
      feed.cursor = Math.max(feed.cursor, seq);
    });
    void feed.ready.catch(() => {
      if (this.feeds.get(channel) === feed) this.feeds.delete(channel);
    });
    this.feeds.set(channel, feed);
    return feed;
  }
}
