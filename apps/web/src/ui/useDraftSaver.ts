import { useEffect, useMemo, useState } from 'react';
import { isSignedOut } from '../api.ts';
import { useSession } from '../session/useSession.tsx';
import { DraftSaver, type DraftSaveState, type DraftSaverOptions, type Known } from './draftSaver.ts';

/**
 * One {@link DraftSaver} for the life of a page (a new one for a new `key`, the record's id), with where
 * its saving stands as state. A save refused because the session ended ends it in the app; leaving the
 * page saves what is waiting, and closing the tab with changes not yet saved asks first.
 *
 * @example const { saver, state } = useDraftSaver(event.id, { known: event, delayMs: 700, problems, send, onSaved });
 */
export function useDraftSaver<C, R extends Known>(
  key: string,
  options: Omit<DraftSaverOptions<C, R>, 'onState'>,
): { readonly saver: DraftSaver<C, R>; readonly state: DraftSaveState } {
  const { lost } = useSession();
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  const saver = useMemo(
    () =>
      new DraftSaver<C, R>({
        ...options,
        onState: (next) => {
          if (next.kind === 'failed' && isSignedOut(next.error)) lost();
          setState(next);
        },
      }),
    // One saver per record: the options of the first render are those of the record as read.
    [key],
  );
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!saver.pending) return;
      void saver.flush();
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void saver.flush();
      saver.dispose();
    };
  }, [saver]);
  return { saver, state };
}
