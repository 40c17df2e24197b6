import type { Exercise, ExerciseDesign } from '@pactesur/contracts';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { DraftSaveState, Known } from '../../ui/draftSaver.ts';
import { useDraftSaver } from '../../ui/useDraftSaver.ts';
import { designDraftOf, designProblems, draftOf, updateOf, type DesignDraft } from './designDraft.ts';

/** The pause in editing after which the design is saved. */
export const SAVE_DELAY_MS = 700;

/** An exercise on its controllers' page: the record as last answered, the design being edited, the saving. */
export interface ExerciseDraft {
  readonly exercise: Exercise;
  /** What the user edits: always the latest, saved or not. */
  readonly draft: DesignDraft;
  readonly state: DraftSaveState;
  /** Changes the design (made from the latest draft); saved after a pause. */
  readonly edit: (change: (draft: DesignDraft) => DesignDraft) => void;
  readonly flush: () => Promise<void>;
  /** A record another part of the page changed (the participants, a CSV import): shown, and saved on from. */
  readonly accept: (next: Exercise) => void;
  /** Starts again from the record read afresh; what was waiting is dropped. */
  readonly reset: (fresh: Exercise) => void;
  readonly hasUnsaved: () => boolean;
  readonly settled: () => Promise<void>;
  readonly known: () => Known;
}

/**
 * The design of an exercise, saved as the user goes with the shared draft saver: the outline, objectives,
 * storylines and MSEL, sent on the revision the last answer gave. Only an exercise being planned changes,
 * and only for those who may edit it (`editable`).
 */
export function useDesignDraft(initial: Exercise, design: ExerciseDesign, editable: boolean): ExerciseDraft {
  const [exercise, setExercise] = useState<Exercise>(initial);
  const [draft, setDraft] = useState<DesignDraft>(() => draftOf(initial, design));
  const latest = useRef(draft);
  const { saver, state } = useDraftSaver<DesignDraft, Exercise>(initial.id, {
    known: initial,
    delayMs: SAVE_DELAY_MS,
    problems: designProblems,
    send: (content, revision) => api.updateExercise(initial.id, updateOf(content, revision)),
    onSaved: (saved) => setExercise(saved),
  });

  const show = useCallback((next: Exercise) => {
    const fresh = designDraftOf(next);
    if (!fresh) return;
    latest.current = fresh;
    setDraft(fresh);
  }, []);
  const edit = useCallback(
    (change: (d: DesignDraft) => DesignDraft) => {
      if (!editable) return;
      const next = change(latest.current);
      latest.current = next;
      setDraft(next);
      saver.edit(next);
    },
    [saver, editable],
  );
  const accept = useCallback(
    (next: Exercise) => {
      saver.learn(next);
      setExercise(next);
      // A design replaced elsewhere (a CSV imported) is shown unless a change of this page waits.
      if (!saver.pending) show(next);
    },
    [saver, show],
  );
  const reset = useCallback(
    (fresh: Exercise) => {
      saver.reset(fresh);
      show(fresh);
      setExercise(fresh);
    },
    [saver, show],
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  const hasUnsaved = useCallback(() => saver.pending, [saver]);
  const settled = useCallback(() => saver.settled(), [saver]);
  const known = useCallback(() => saver.known, [saver]);
  return { exercise, draft, state, edit, flush, accept, reset, hasUnsaved, settled, known };
}
