import type { Alert, AlertDraftContent } from '@pactesur/contracts';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { useDraftSaver } from '../../ui/useDraftSaver.ts';
import { draftProblems, type DraftSaveState, type Known } from './draftSaver.ts';

/** The pause in typing after which a draft is saved. */
export const SAVE_DELAY_MS = 800;

/** An alert on its page: the record as last answered, the content being edited, and how saving stands. */
export interface AlertDraft {
  readonly alert: Alert;
  /** What the officer edits: always the latest, saved or not. */
  readonly content: AlertDraftContent;
  readonly state: DraftSaveState;
  /** Changes the content (made from the latest one); saved after a pause. */
  readonly edit: (change: (content: AlertDraftContent) => AlertDraftContent) => void;
  readonly flush: () => Promise<void>;
  /** A workflow step after what is waiting is saved; an alert it answers becomes the one shown. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T>;
  /** Starts again from the alert read afresh; what was waiting is dropped. */
  readonly reset: (fresh: Alert) => void;
  readonly hasUnsaved: () => boolean;
  readonly settled: () => Promise<void>;
  readonly known: () => Known;
}

const isAlert = (value: unknown): value is Alert =>
  typeof value === 'object' && value !== null && 'revision' in value && 'content' in value && 'state' in value;

/** The draft of an alert, saved as the officer goes ({@link DraftSaver}). */
export function useAlertDraft(initial: Alert): AlertDraft {
  const [alert, setAlert] = useState(initial);
  const [content, setContent] = useState(initial.content);
  const latest = useRef(initial.content);
  // One saver for the life of the page, keyed by the alert's id.
  const { saver, state } = useDraftSaver<AlertDraftContent, Alert>(initial.id, {
    known: initial,
    delayMs: SAVE_DELAY_MS,
    problems: draftProblems,
    send: (body, revision) => api.updateAlert(initial.id, { content: body, revision }),
    onSaved: (saved) => setAlert(saved),
  });

  const edit = useCallback(
    (change: (c: AlertDraftContent) => AlertDraftContent) => {
      const next = change(latest.current);
      latest.current = next;
      setContent(next);
      saver.edit(next);
    },
    [saver],
  );
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await saver.run(work);
      if (isAlert(result)) {
        setAlert(result);
        latest.current = result.content;
        setContent(result.content);
      }
      return result;
    },
    [saver],
  );
  const reset = useCallback(
    (fresh: Alert) => {
      saver.reset(fresh);
      latest.current = fresh.content;
      setContent(fresh.content);
      setAlert(fresh);
    },
    [saver],
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  const hasUnsaved = useCallback(() => saver.pending, [saver]);
  const settled = useCallback(() => saver.settled(), [saver]);
  const known = useCallback(() => saver.known, [saver]);
  return { alert, content, state, edit, flush, run, reset, hasUnsaved, settled, known };
}
