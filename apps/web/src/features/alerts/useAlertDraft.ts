import type { Alert, AlertDraftContent } from '@pactesur/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { DraftSaver, type DraftSaveState, type Known } from './draftSaver.ts';

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
  const { lost } = useSession();
  const [alert, setAlert] = useState(initial);
  const [content, setContent] = useState(initial.content);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  const latest = useRef(initial.content);
  const saver = useMemo(
    () =>
      new DraftSaver({
        known: initial,
        delayMs: SAVE_DELAY_MS,
        send: (body, revision) => api.updateAlert(initial.id, { content: body, revision }),
        onSaved: (saved) => setAlert(saved),
        onState: (next) => {
          if (next.kind === 'failed' && isSignedOut(next.error)) lost();
          setState(next);
        },
      }),
    // One saver for the life of the page: it is keyed by the alert's id.
    [initial.id],
  );

  // Leaving the page saves what is waiting; closing the tab with changes not yet saved asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!saver.pending) return;
      void saver.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void saver.flush();
      saver.dispose();
    };
  }, [saver]);

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
