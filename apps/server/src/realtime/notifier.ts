/** "A message of `channel` was stored with `seq`": all instances hear it; each reads the rows it needs. */
export interface Notice {
  readonly seq: number;
  readonly channel: string;
}

export interface NoticeListener {
  notice(notice: Notice): void;
  /** Notices may have been lost (the listening connection dropped): read every followed channel again. */
  resync(): void;
}

/**
 * How the instances of a platform tell each other that a message was stored. A notice carries no payload
 * (PostgreSQL's NOTIFY stops at 8 kB): the receiver reads the message from the database.
 */
export interface Notifier {
  /** The PostgreSQL NOTIFY channel the insert of a message notifies on, or null when `announce` does it. */
  readonly sqlChannel: string | null;
  start(listener: NoticeListener): Promise<void>;
  /** Called once the message is committed; nothing to do when the NOTIFY went with the insert. */
  announce(notice: Notice): Promise<void>;
  close(): Promise<void>;
}

export const formatNotice = (notice: Notice): string => `${notice.seq} ${notice.channel}`;

/** Reads `<seq> <channel>`; null for anything else (another installation's or a stray publisher's text). */
export function parseNotice(text: string): Notice | null {
  const space = text.indexOf(' ');
  const seq = Number(text.slice(0, space));
  return space > 0 && Number.isSafeInteger(seq) && seq > 0 ? { seq, channel: text.slice(space + 1) } : null;
}

/** The embedded database lives in this process only: a notice is a function call. */
export class LocalNotifier implements Notifier {
  readonly sqlChannel = null;
  private listener: NoticeListener | null = null;

  start(listener: NoticeListener): Promise<void> {
    this.listener = listener;
    return Promise.resolve();
  }

  announce(notice: Notice): Promise<void> {
    this.listener?.notice(notice);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.listener = null;
    return Promise.resolve();
  }
}
