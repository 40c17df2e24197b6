import { ApiError } from '@pactesur/api-client';

/** A field the contract refuses, as `path: message` (`infos.1.web: Invalid URL`). */
export interface DraftProblem {
  readonly path: string;
  readonly message: string;
}

/** Where the saving of a draft stands, for its status line (`SaveStatus`). */
export type DraftSaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid'; readonly problems: readonly DraftProblem[] }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'conflict' };

/** The version of the record a page knows: its own saves' answers included. */
export interface Known {
  readonly revision: number;
  readonly updatedAt: string;
}

export interface DraftSaverOptions<C, R extends Known> {
  readonly known: Known;
  /** How long after the last change the draft is saved. */
  readonly delayMs: number;
  /** What the contract refuses in a draft: nothing when it may be sent. */
  readonly problems: (content: C) => readonly DraftProblem[];
  readonly send: (content: C, revision: number) => Promise<R>;
  readonly onSaved: (saved: R) => void;
  readonly onState: (state: DraftSaveState) => void;
}

/** The issues of a failed zod parse as problems: `path: message`. */
export function issueProblems(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): DraftProblem[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** A step refused by the page: the latest change of the draft is not saved (see the save status). */
export class UnsavedDraft extends Error {
  constructor() {
    super('The latest change of the draft is not saved.');
    this.name = 'UnsavedDraft';
  }
}

const isKnown = (value: unknown): value is Known =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { revision?: unknown }).revision === 'number' &&
  typeof (value as { updatedAt?: unknown }).updatedAt === 'string';

/**
 * Saves a draft as the user types: the whole content, `delayMs` after the last change or at once on
 * `flush`, on the revision the previous save answered, one request after the other. A step of the record's
 * workflow (`run`) goes after what is waiting, so it acts on what the user sees. Someone else saving first
 * (`conflict`) stops the saving until the page reloads the record; a content the contract refuses is kept
 * and not sent (`invalid`); a failure keeps it for the next try.
 *
 * @example const saver = new DraftSaver({ known: alert, delayMs: 800, problems: draftProblems,
 *   send: (content, revision) => api.updateAlert(alert.id, { content, revision }), onSaved, onState });
 */
export class DraftSaver<C, R extends Known> {
  #content: C | null = null;
  #known: Known;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(private readonly options: DraftSaverOptions<C, R>) {
    this.#known = options.known;
  }

  get known(): Known {
    return this.#known;
  }

  /** Whether a change is waiting to be saved. */
  get pending(): boolean {
    return this.#content !== null;
  }

  /** A change of the draft: saved after the delay. */
  edit(content: C): void {
    this.#content = content;
    if (this.#stopped) return;
    this.options.onState({ kind: 'pending' });
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Saves what is waiting now. */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#enqueue(() => this.#save());
  }

  /**
   * A step of the workflow, once what is waiting is saved; a record it answers becomes the version known.
   * Refused when the waiting change could not be saved (the step would act on an older draft).
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.flush();
    if (this.pending) throw new UnsavedDraft();
    const result = await this.#enqueue(work);
    if (isKnown(result)) this.#known = { revision: result.revision, updatedAt: result.updatedAt };
    return result;
  }

  /**
   * A version of the record saved beside this saver (another part of the page saved its own fields): the
   * next save is made on it when it is newer than the one known.
   */
  learn(record: Known): void {
    if (record.revision > this.#known.revision)
      this.#known = { revision: record.revision, updatedAt: record.updatedAt };
  }

  /** Resolves once every save and step under way has been answered. */
  settled(): Promise<void> {
    return this.#chain.then(() => undefined);
  }

  /** Starts again from the record read afresh: what was waiting is dropped. */
  reset(fresh: Known): void {
    this.#clearTimer();
    this.#content = null;
    this.#known = { revision: fresh.revision, updatedAt: fresh.updatedAt };
    this.#stopped = false;
    this.options.onState({ kind: 'idle' });
  }

  /** Stops a save waiting for its delay (the page is going; `flush` first keeps the change). */
  dispose(): void {
    this.#clearTimer();
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(work);
    // The chain goes on whatever one step did; each caller gets its own outcome.
    this.#chain = next.catch(() => undefined);
    return next;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #save(): Promise<void> {
    const content = this.#content;
    if (this.#stopped || content === null) return;
    const problems = this.options.problems(content);
    if (problems.length > 0) {
      this.options.onState({ kind: 'invalid', problems });
      return;
    }
    this.#content = null;
    this.options.onState({ kind: 'saving' });
    try {
      const saved = await this.options.send(content, this.#known.revision);
      this.#known = { revision: saved.revision, updatedAt: saved.updatedAt };
      this.options.onSaved(saved);
      // A change made while this one was on its way is already timed to follow it.
      this.options.onState(this.pending ? { kind: 'pending' } : { kind: 'saved' });
    } catch (error) {
      // What was sent waits again, unless a newer change took its place meanwhile.
      this.#content ??= content;
      if (error instanceof ApiError && error.code === 'conflict') {
        this.#stopped = true;
        this.options.onState({ kind: 'conflict' });
      } else this.options.onState({ kind: 'failed', error });
    }
  }
}
