import { ApiError } from '@pactesur/api-client';
import {
  UpdateAssessment,
  type Assessment,
  type AssessmentContent,
  type AssessmentStep,
  type UpdateAssessmentInput,
} from '@pactesur/contracts';

/** What the user edits: the title and the content, step by step. */
export interface Draft {
  readonly title: string;
  readonly content: AssessmentContent;
}

/** A part saved whole when it changed: the title, or one field of the content (the team, the scenarios …). */
export type DraftPart = 'title' | keyof AssessmentContent;

/** A field the contract refuses, as `path: message` (`content.team.0.name: …`). */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Where the saving stands, for the page's status line. */
export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'conflict' };

export interface AutosaveOptions {
  /** The record as read: its draft and the revision the first save is made on. */
  readonly draft: Draft;
  readonly revision: number;
  /** When the record as read was last changed. */
  readonly updatedAt: string;
  /** How long to wait after the last change before saving. */
  readonly delayMs: number;
  readonly send: (body: UpdateAssessmentInput) => Promise<Assessment>;
  readonly onSaved: (saved: Assessment) => void;
  readonly onState: (state: SaveState) => void;
}

/**
 * The body of a save: the changed parts of the draft, the step to store, and the revision the change was
 * made on; or the fields the contract refuses (nothing is sent then).
 */
export function saveBody(
  draft: Draft,
  parts: ReadonlySet<DraftPart>,
  extra: { readonly step: AssessmentStep | null; readonly revision: number },
):
  | { readonly ok: true; readonly body: UpdateAssessmentInput }
  | { readonly ok: false; readonly problems: Problem[] } {
  const content = Object.fromEntries(
    [...parts].filter((p) => p !== 'title').map((p) => [p, draft.content[p]]),
  );
  const body: UpdateAssessmentInput = {
    ...(parts.has('title') ? { title: draft.title } : {}),
    ...(Object.keys(content).length > 0 ? { content } : {}),
    ...(extra.step === null ? {} : { step: extra.step }),
    revision: extra.revision,
  };
  const checked = UpdateAssessment.safeParse(body);
  if (checked.success) return { ok: true, body };
  return {
    ok: false,
    problems: checked.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

/**
 * Saves an assessment as the user goes: each change marks its part, and the changed parts are sent
 * `delayMs` after the last change (or at once on `flush`: a change of step, leaving the page). Saves and
 * other changes of the record (`run`) go one after the other, each on the revision the previous one
 * answered, so the user's own saves never conflict; a `conflict` (someone else saved first) stops saving
 * until the page is reloaded. A refused or failed save keeps its parts to send with the next one.
 */
export class Autosave {
  #draft: Draft;
  readonly #dirty = new Set<DraftPart>();
  #step: AssessmentStep | null = null;
  #revision: number;
  #updatedAt: string;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(private readonly options: AutosaveOptions) {
    this.#draft = options.draft;
    this.#revision = options.revision;
    this.#updatedAt = options.updatedAt;
  }

  /** The latest version of the record this page knows of: its own saves' and changes' answers included. */
  get known(): { readonly revision: number; readonly updatedAt: string } {
    return { revision: this.#revision, updatedAt: this.#updatedAt };
  }

  /** Whether anything is waiting to be saved. */
  get pending(): boolean {
    return this.#dirty.size > 0 || this.#step !== null;
  }

  /** Whether someone else saved first: nothing is saved any more until the page is reloaded. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** The draft after a change of `parts`: saved after the delay. */
  edit(draft: Draft, parts: readonly DraftPart[]): void {
    this.#draft = draft;
    for (const p of parts) this.#dirty.add(p);
    if (this.#stopped) return;
    this.options.onState({ kind: 'pending' });
    this.#schedule();
  }

  /** The step the user is on, stored at once (with whatever else is waiting). */
  step(step: AssessmentStep): Promise<void> {
    this.#step = step;
    return this.flush();
  }

  /** Saves what is waiting now rather than after the delay. */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#enqueue(() => this.#save());
  }

  /**
   * Another change of the record (computing the indicators again, an override …), after what is waiting has
   * been saved; its answer, when it is the record, gives the revision the next save is made on.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.flush();
    const result = await this.#enqueue(work);
    if (isAssessment(result)) this.#know(result);
    return result;
  }

  /** Resolves once every save and change under way has been answered. */
  settled(): Promise<void> {
    return this.#chain.then(() => undefined);
  }

  /** Starts again from the record read afresh (after a conflict): what was waiting is dropped. */
  reset(draft: Draft, record: { readonly revision: number; readonly updatedAt: string }): void {
    this.#clearTimer();
    this.#draft = draft;
    this.#know(record);
    this.#dirty.clear();
    this.#step = null;
    this.#stopped = false;
    this.options.onState({ kind: 'idle' });
  }

  /** Stops the timer of a save waiting for its delay (the page is going: `flush` first keeps the changes). */
  dispose(): void {
    this.#clearTimer();
  }

  #know(record: { readonly revision: number; readonly updatedAt: string }): void {
    this.#revision = record.revision;
    this.#updatedAt = record.updatedAt;
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(work);
    // The chain goes on whatever one step did; each caller gets its own outcome.
    this.#chain = next.catch(() => undefined);
    return next;
  }

  #schedule(): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #save(): Promise<void> {
    if (this.#stopped || !this.pending) return;
    const parts = new Set(this.#dirty);
    const step = this.#step;
    const built = saveBody(this.#draft, parts, { step, revision: this.#revision });
    if (!built.ok) {
      this.options.onState({ kind: 'invalid', problems: built.problems });
      return;
    }
    this.#dirty.clear();
    this.#step = null;
    this.options.onState({ kind: 'saving' });
    try {
      const saved = await this.options.send(built.body);
      this.#know(saved);
      this.options.onSaved(saved);
      if (this.pending) {
        this.options.onState({ kind: 'pending' });
        this.#schedule();
      } else this.options.onState({ kind: 'saved' });
    } catch (error) {
      // What was sent is waiting again, with what changed meanwhile.
      for (const p of parts) this.#dirty.add(p);
      this.#step ??= step;
      if (error instanceof ApiError && error.code === 'conflict') {
        this.#stopped = true;
        this.#clearTimer();
        this.options.onState({ kind: 'conflict' });
      } else this.options.onState({ kind: 'failed', error });
    }
  }
}

const isAssessment = (value: unknown): value is Assessment =>
  typeof value === 'object' &&
  value !== null &&
  'revision' in value &&
  typeof value.revision === 'number' &&
  'updatedAt' in value &&
  typeof value.updatedAt === 'string' &&
  'content' in value;
