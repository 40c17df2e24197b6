import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { RecordNews } from '../../ui/recordNews.ts';
import { useLiveChanges } from '../../ui/useLiveChanges.ts';
import type { ExerciseDraft } from './useDesignDraft.ts';

/** How long news is gathered before the record is read again: saves and deliveries come in bursts. */
const GATHER_MS = 500;
/** Deliveries of one tick of the clock come one by one: the run tab reads them once they are all in. */
const RUN_GATHER_MS = 300;

/**
 * Follows the exercise's live channel on its controllers' page: a change of the design or the participants
 * made elsewhere is read and shown at once, or — when changes of this page wait to be saved — said, with a
 * way to reload; injects delivered and responses given move `runRound` on, for the run tab to read again,
 * observations recorded `observationRound`, and changes of the improvement plan `actionsRound`.
 */
export function useExerciseNews(draft: ExerciseDraft): {
  readonly news: 'changed' | 'deleted' | null;
  readonly reload: () => Promise<void>;
  readonly runRound: number;
  readonly observationRound: number;
  readonly actionsRound: number;
} {
  const { reset, settled, known, hasUnsaved } = draft;
  const id = draft.exercise.id;
  const [news, setNews] = useState<'changed' | 'deleted' | null>(null);
  const [runRound, setRunRound] = useState(0);
  const [observationRound, setObservationRound] = useState(0);
  const [actionsRound, setActionsRound] = useState(0);
  const timer = useRef<number | null>(null);
  const runTimer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (runTimer.current !== null) window.clearTimeout(runTimer.current);
    },
    [],
  );
  const nextRound = useCallback(() => {
    if (runTimer.current !== null) return;
    runTimer.current = window.setTimeout(() => {
      runTimer.current = null;
      setRunRound((r) => r + 1);
    }, RUN_GATHER_MS);
  }, []);

  const reload = useCallback(async () => {
    reset(await api.getExercise(id));
    setNews(null);
  }, [reset, id]);

  const check = useCallback(() => {
    void settled().then(async () => {
      const now = await api.getExercise(id).catch(() => null);
      if (!now || now.revision <= known().revision) return;
      if (hasUnsaved()) setNews('changed');
      else reset(now);
    });
  }, [settled, known, hasUnsaved, reset, id]);

  useLiveChanges(
    `record:exercise:${id}`,
    useCallback(
      (n: RecordNews) => {
        if (n.change === 'deleted') return setNews('deleted');
        if (n.change === 'delivered' || n.change === 'response') return nextRound();
        if (n.change === 'observation') return setObservationRound((r) => r + 1);
        if (n.change === 'actions') return setActionsRound((r) => r + 1);
        if (n.change !== 'updated' || (n.revision !== null && n.revision <= known().revision)) return;
        if (timer.current !== null) window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => {
          timer.current = null;
          check();
        }, GATHER_MS);
      },
      [check, known, nextRound],
    ),
    // Changed between this page's load and its following the channel: no news will say so.
    useCallback(() => {
      check();
      nextRound();
      setObservationRound((r) => r + 1);
      setActionsRound((r) => r + 1);
    }, [check, nextRound]),
  );
  return { news, reload, runRound, observationRound, actionsRound };
}
