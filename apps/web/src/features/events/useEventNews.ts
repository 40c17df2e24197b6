import type { EventRecord } from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { RecordNews } from '../../ui/recordNews.ts';
import { useLiveChanges } from '../../ui/useLiveChanges.ts';
import type { PlanDraft } from './usePlanDraft.ts';

/** What the agencies decided and set, to tell a change that names no revision. */
const signOffOf = (e: EventRecord): string => JSON.stringify([e.reviews, e.conditions]);

/** How long news is gathered before the record is read again: saves come in bursts. */
const GATHER_MS = 800;

/**
 * Follows the event's live channel: a change made elsewhere (an agency's decision, another desk's save) is
 * read and shown at once, or — when changes of this page wait to be saved — said, with a way to reload.
 * The live log's entries (`live` news) are the live panel's own.
 */
export function useEventNews(draft: PlanDraft): {
  readonly news: 'changed' | 'deleted' | null;
  readonly reload: () => Promise<void>;
} {
  const { reset, settled, known, hasUnsaved, accept } = draft;
  const id = draft.event.id;
  const shown = useRef(draft.event);
  useEffect(() => {
    shown.current = draft.event;
  }, [draft.event]);
  const [news, setNews] = useState<'changed' | 'deleted' | null>(null);
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const reload = useCallback(async () => {
    reset(await api.getEvent(id));
    setNews(null);
  }, [reset, id]);

  // Once the page's own saves are answered, a later revision is someone else's change; one that changed
  // only the sign-off (which leaves the draft alone) is shown as it is.
  const check = useCallback(() => {
    void settled().then(async () => {
      const now = await api.getEvent(id).catch(() => null);
      if (!now) return;
      if (now.revision > known().revision) {
        if (hasUnsaved()) setNews('changed');
        else reset(now);
      } else if (signOffOf(now) !== signOffOf(shown.current)) accept(now);
    });
  }, [settled, known, hasUnsaved, reset, accept, id]);

  useLiveChanges(
    `record:event:${id}`,
    useCallback(
      (n: RecordNews) => {
        if (n.change === 'deleted') return setNews('deleted');
        if (n.change !== 'updated') return;
        // News of a revision the page already has (its own save) needs no read.
        if (n.revision !== null && n.revision <= known().revision) return;
        if (timer.current !== null) window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => {
          timer.current = null;
          check();
        }, GATHER_MS);
      },
      [check, known],
    ),
    // Changed between this page's load and its following the channel: no news will say so.
    check,
  );
  return { news, reload };
}
