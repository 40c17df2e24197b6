import type { EventRecord } from '@pactesur/contracts';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api.ts';
import type { DraftSaveState, Known } from '../../ui/draftSaver.ts';
import { useDraftSaver } from '../../ui/useDraftSaver.ts';
import { planPartsOf, planProblems, type PlanParts } from './planParts.ts';

/** The pause in editing after which the plan is saved. */
export const SAVE_DELAY_MS = 700;

/** An event on its page: the record as last answered, the site plan being edited, and how saving stands. */
export interface PlanDraft {
  readonly event: EventRecord;
  /** What the user edits: always the latest, saved or not. */
  readonly parts: PlanParts;
  readonly state: DraftSaveState;
  /** Changes the site plan (made from the latest parts); saved after a pause. */
  readonly edit: (change: (parts: PlanParts) => PlanParts) => void;
  readonly flush: () => Promise<void>;
  /** Another change of the record once what is waiting is saved; a record it answers becomes the one shown. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T>;
  /** A record another part of the page saved (the worksheets, the sign-off): shown, and saved on from. */
  readonly accept: (next: EventRecord) => void;
  /** Starts again from the record read afresh; what was waiting is dropped. */
  readonly reset: (fresh: EventRecord) => void;
  readonly hasUnsaved: () => boolean;
  readonly settled: () => Promise<void>;
  readonly known: () => Known;
}

const isEvent = (value: unknown): value is EventRecord =>
  typeof value === 'object' &&
  value !== null &&
  'revision' in value &&
  'plan' in value &&
  'calculations' in value;

/**
 * The plan tab's parts of an event, saved as the user goes with the shared draft saver ({@link useDraftSaver}):
 * the features, the expected peak, the reduced flows and the written sections, sent on the revision the
 * last answer gave. Only a draft changes, and only for those who may edit it (`canEdit`).
 */
export function usePlanDraft(initial: EventRecord, canEdit: boolean): PlanDraft {
  const [event, setEvent] = useState(initial);
  const [parts, setParts] = useState<PlanParts>(() => planPartsOf(initial));
  const latest = useRef(parts);
  const readOnly = !canEdit || event.status !== 'draft';
  const { saver, state } = useDraftSaver<PlanParts, EventRecord>(initial.id, {
    known: initial,
    delayMs: SAVE_DELAY_MS,
    problems: planProblems,
    send: (plan, revision) =>
      api.updateEvent(initial.id, { revision, plan: { ...plan, features: [...plan.features] } }),
    onSaved: (saved) => setEvent(saved),
  });

  const edit = useCallback(
    (change: (p: PlanParts) => PlanParts) => {
      if (readOnly) return;
      const next = change(latest.current);
      latest.current = next;
      setParts(next);
      saver.edit(next);
    },
    [saver, readOnly],
  );
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await saver.run(work);
      if (isEvent(result)) setEvent(result);
      return result;
    },
    [saver],
  );
  const accept = useCallback(
    (next: EventRecord) => {
      saver.learn(next);
      setEvent(next);
      // Once the plan is no draft any more, what is shown is what was stored.
      if (next.status !== 'draft' && !saver.pending) {
        latest.current = planPartsOf(next);
        setParts(latest.current);
      }
    },
    [saver],
  );
  const reset = useCallback(
    (fresh: EventRecord) => {
      saver.reset(fresh);
      latest.current = planPartsOf(fresh);
      setParts(latest.current);
      setEvent(fresh);
    },
    [saver],
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  const hasUnsaved = useCallback(() => saver.pending, [saver]);
  const settled = useCallback(() => saver.settled(), [saver]);
  const known = useCallback(() => saver.known, [saver]);
  return { event, parts, state, edit, flush, run, accept, reset, hasUnsaved, settled, known };
}
