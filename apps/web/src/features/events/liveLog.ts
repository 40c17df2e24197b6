import type { LiveState, LogEntry } from '@pactesur/contracts';

/**
 * The live log of an event as a page holds it. The server numbers every entry (`seq`: 1, 2, 3… without
 * gaps) and its news names no content: the page reads the entries after the last one it holds. Answers may
 * overlap (a post's answer and a read), arrive out of order, or skip entries (a read capped at a page of
 * entries, a post answered before an earlier read): the page keeps every entry once, in order, and reads
 * again from its last whenever something is missing.
 */

/** What the page shows: the figures of the latest answer and the entries held, `seq` 1…`last`. */
export interface LiveView {
  readonly state: Omit<LiveState, 'entries'> | null;
  readonly entries: readonly LogEntry[];
  /** The `seq` of the last entry held (0 before any). */
  readonly last: number;
}

export const EMPTY_LIVE_VIEW: LiveView = { state: null, entries: [], last: 0 };

/** The outcome of a merge: the entries held now, and whether an entry is known to be missing. */
export interface Merged {
  readonly entries: readonly LogEntry[];
  readonly last: number;
  /** An answer held an entry beyond the next one expected, or said the log goes further than what is held. */
  readonly gap: boolean;
}

/**
 * Adds the entries of an answer after those held: each entry once (one held already is skipped), in `seq`
 * order, and never past a missing one — an entry that does not follow the last held is kept out, and
 * `gap` says to read again from the last held. `reported` is the answer's own `seq` (the log's last entry):
 * past what is held, it is a gap too.
 *
 * @example mergeEntries([e1, e2], [e2, e3, e5], 5) // { entries: [e1, e2, e3], last: 3, gap: true }
 */
export function mergeEntries(held: readonly LogEntry[], incoming: readonly LogEntry[], reported = 0): Merged {
  let last = held.at(-1)?.seq ?? 0;
  const added: LogEntry[] = [];
  let gap = false;
  for (const entry of [...incoming].sort((a, b) => a.seq - b.seq)) {
    if (entry.seq <= last) continue;
    if (entry.seq !== last + 1) {
      gap = true;
      break;
    }
    added.push(entry);
    last = entry.seq;
  }
  return { entries: added.length === 0 ? held : [...held, ...added], last, gap: gap || reported > last };
}

/** The view after an answer of the server (a read or a post): its figures, its entries merged. */
export function withAnswer(
  view: LiveView,
  answer: LiveState,
): { readonly view: LiveView; readonly gap: boolean } {
  const { entries: incoming, ...state } = answer;
  const merged = mergeEntries(view.entries, incoming, answer.seq);
  // An older answer (overtaken by a later one) does not take back the figures already shown.
  const figures = view.state !== null && view.state.seq > answer.seq ? view.state : state;
  return { view: { state: figures, entries: merged.entries, last: merged.last }, gap: merged.gap };
}

/**
 * Reads the log as news comes: one read at a time, from the last entry held; news arriving during a read
 * asks for one more read after it, and a read that leaves a gap reads again from the last entry held. Posts
 * of the page go through `answer`, whose entries are merged the same way.
 */
export class LiveFollower {
  #view: LiveView = EMPTY_LIVE_VIEW;
  #reading = false;
  #again = false;
  #stopped = false;

  constructor(
    private readonly read: (after: number) => Promise<LiveState>,
    private readonly onView: (view: LiveView) => void,
    private readonly onError: (error: unknown) => void = () => undefined,
    /** Reads in a row a gap may cause before waiting for the next news (a log that is not numbered as promised). */
    private readonly maxRereads = 20,
  ) {}

  get view(): LiveView {
    return this.#view;
  }

  /** Something changed: read what came after the last entry held (now, or right after the read under way). */
  poke(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#reading) {
      this.#again = true;
      return Promise.resolve();
    }
    return this.#readLoop();
  }

  /** An answer the page got itself (a count or an incident posted): merged, and a gap read (resolved once read). */
  answer(state: LiveState): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    const { view, gap } = withAnswer(this.#view, state);
    this.#set(view);
    return gap ? this.poke() : Promise.resolve();
  }

  /** The page is gone: later answers are dropped. */
  stop(): void {
    this.#stopped = true;
  }

  #set(view: LiveView): void {
    this.#view = view;
    this.onView(view);
  }

  async #readLoop(): Promise<void> {
    this.#reading = true;
    let reads = 0;
    try {
      do {
        this.#again = false;
        const { view, gap } = withAnswer(this.#view, await this.read(this.#view.last));
        if (this.#stopped) return;
        this.#set(view);
        reads += 1;
        if (gap && reads < this.maxRereads) this.#again = true;
      } while (this.#again && !this.#stopped);
    } catch (error) {
      if (!this.#stopped) this.onError(error);
    } finally {
      this.#reading = false;
    }
  }
}
