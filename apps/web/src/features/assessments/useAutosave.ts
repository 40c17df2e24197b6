import type { Assessment, AssessmentContent, AssessmentStatus, AssessmentStep } from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { Autosave, type Draft, type DraftPart, type SaveState } from './autosave.ts';

/** The pause in typing after which changes are saved. */
export const SAVE_DELAY_MS = 600;

/** The form of an assessment, saved as the user goes ({@link Autosave}). */
export interface AssessmentForm {
  /** The record as the server last answered it: what it computes (register, suggestions …) is read here. */
  readonly assessment: Assessment;
  /** What the user edits: always the latest, saved or not. */
  readonly draft: Draft;
  readonly state: SaveState;
  readonly editTitle: (title: string) => void;
  /**
   * Changes fields of the content (given, or made from the latest content); each changed field is saved
   * whole.
   */
  readonly editContent: (patch: ContentPatch) => void;
  /** Stores the step the user moved to, with whatever is waiting. */
  readonly saveStep: (step: AssessmentStep) => Promise<void>;
  readonly setStatus: (status: AssessmentStatus) => Promise<void>;
  /** Saves what is waiting now. */
  readonly flush: () => Promise<void>;
  /** Another change of the record, after the waiting changes; a record it answers becomes the one shown. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T>;
  /** Changes the record shown without a save (a comment added, a photo deleted …). */
  readonly patch: (update: (a: Assessment) => Assessment) => void;
  /** Starts again from the record read afresh: the draft is replaced, what was waiting is dropped. */
  readonly reset: (fresh: Assessment) => void;
  /** Whether changes are waiting to be saved. */
  readonly hasUnsaved: () => boolean;
  /** Resolves once every save and change under way has been answered. */
  readonly settled: () => Promise<void>;
  /** The latest version of the record the page knows of, its own saves included. */
  readonly known: () => { readonly revision: number; readonly updatedAt: string };
}

/** Fields of the content, or a function of the latest content that gives them. */
export type ContentPatch =
  Partial<AssessmentContent> | ((content: AssessmentContent) => Partial<AssessmentContent>);

const draftOf = (a: Assessment): Draft => ({ title: a.title, content: a.content });

const isRecord = (value: unknown): value is Assessment =>
  typeof value === 'object' && value !== null && 'revision' in value && 'content' in value;

/**
 * Holds an assessment being edited and saves it as the user goes: a change is saved after a pause of
 * {@link SAVE_DELAY_MS}, a change of step at once, and what is waiting when the page is left. Nothing is
 * saved when `readOnly`. The draft is never replaced by a save's answer, so what the user is typing
 * stays as typed.
 */
export function useAutosave(initial: Assessment, readOnly: boolean): AssessmentForm {
  const { lost } = useSession();
  const lostRef = useRef(lost);
  useEffect(() => {
    lostRef.current = lost;
  }, [lost]);
  const [assessment, setAssessment] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const draftRef = useRef(draft);
  const [autosave] = useState(
    () =>
      new Autosave({
        draft: draftOf(initial),
        revision: initial.revision,
        updatedAt: initial.updatedAt,
        delayMs: SAVE_DELAY_MS,
        send: (body) => api.updateAssessment(initial.id, body),
        onSaved: (saved) => setAssessment(saved),
        onState: (s) => {
          if (s.kind === 'failed' && isSignedOut(s.error)) lostRef.current();
          setState(s);
        },
      }),
  );

  // Leaving the page saves what is waiting; closing the tab with changes not yet saved asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!autosave.pending) return;
      void autosave.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void autosave.flush();
      autosave.dispose();
    };
  }, [autosave]);

  const change = useCallback(
    (next: Draft, parts: readonly DraftPart[]) => {
      if (readOnly) return;
      draftRef.current = next;
      setDraft(next);
      autosave.edit(next, parts);
    },
    [autosave, readOnly],
  );
  const editTitle = useCallback(
    (title: string) => change({ ...draftRef.current, title }, ['title']),
    [change],
  );
  const editContent = useCallback(
    (patch: ContentPatch) => {
      const current = draftRef.current;
      const fields = typeof patch === 'function' ? patch(current.content) : patch;
      change(
        { ...current, content: { ...current.content, ...fields } },
        Object.keys(fields) as (keyof AssessmentContent)[],
      );
    },
    [change],
  );
  const saveStep = useCallback(
    (step: AssessmentStep) => (readOnly ? Promise.resolve() : autosave.step(step)),
    [autosave, readOnly],
  );
  // Marking complete may be refused (nothing scored yet): it is sent on its own, its error the caller's to show.
  const setStatus = useCallback(
    async (status: AssessmentStatus) => {
      const saved = await autosave.run(() =>
        api.updateAssessment(initial.id, { status, revision: autosave.known.revision }),
      );
      setAssessment(saved);
    },
    [autosave, initial.id],
  );
  const flush = useCallback(() => autosave.flush(), [autosave]);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await autosave.run(work);
      if (isRecord(result)) setAssessment(result);
      return result;
    },
    [autosave],
  );
  const patch = useCallback((update: (a: Assessment) => Assessment) => setAssessment(update), []);
  const reset = useCallback(
    (fresh: Assessment) => {
      const next = draftOf(fresh);
      autosave.reset(next, fresh);
      draftRef.current = next;
      setDraft(next);
      setAssessment(fresh);
    },
    [autosave],
  );
  const hasUnsaved = useCallback(() => autosave.pending, [autosave]);
  const settled = useCallback(() => autosave.settled(), [autosave]);
  const known = useCallback(() => autosave.known, [autosave]);

  return {
    assessment,
    draft,
    state,
    editTitle,
    editContent,
    saveStep,
    setStatus,
    flush,
    run,
    patch,
    reset,
    hasUnsaved,
    settled,
    known,
  };
}
