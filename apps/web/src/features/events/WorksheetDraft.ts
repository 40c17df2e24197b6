import { EventPlanPatch, type EventPlan, type EventRecord } from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { DraftSaver, issueProblems, type DraftProblem, type DraftSaveState } from '../../ui/draftSaver.ts';
import { SAVE_DELAY_MS } from '../assessments/useAutosave.ts';

/** The parts of the plan the worksheets write: DIM-ICE, RAMP, the risk register, Martyn's Law, the trigger points. */
export type WorksheetPart = 'dimIce' | 'ramp' | 'risks' | 'martyn' | 'triggers';

/**
 * What the worksheets save: their parts, whole; and the expected peak once the user changes it from the
 * Martyn's Law checklist (the most people expected at once is the plan's peak).
 */
export type WorksheetParts = Pick<EventPlan, WorksheetPart> & { readonly expectedPeak?: number };

/** The worksheets' parts of a plan as read. */
export function worksheetParts(plan: EventPlan): WorksheetParts {
  return {
    dimIce: plan.dimIce,
    ramp: plan.ramp,
    risks: plan.risks,
    martyn: plan.martyn,
    triggers: plan.triggers,
  };
}

/** What the contract refuses in the worksheets (`risks.0.hazard: …`): nothing is sent while there is any. */
export function worksheetProblems(parts: WorksheetParts): DraftProblem[] {
  const checked = EventPlanPatch.safeParse(parts);
  return checked.success ? [] : issueProblems(checked.error.issues);
}

export interface WorksheetDraft {
  /** What the user edits: always the latest, saved or not. */
  readonly parts: WorksheetParts;
  readonly state: DraftSaveState;
  /** A change of some parts, made from the latest ones; saved after a pause. */
  readonly edit: (change: (parts: WorksheetParts) => Partial<WorksheetParts>) => void;
  readonly flush: () => Promise<void>;
  /** Reads the plan afresh (after someone else saved first): what was waiting is dropped. */
  readonly reload: () => Promise<void>;
}

/**
 * The worksheets of a plan, saved as the user goes: `updateEvent` with the revision the page knows and the
 * parts the worksheets own, a pause after the last change, at once when the panel is left. Each saved plan
 * goes to `onChange`, so the rest of the page works on it; a plan the page saved elsewhere (the map, the
 * figures) becomes the revision the next save is made on. Someone else saving first stops the saving
 * until the plan is reloaded. Nothing is saved when `readOnly`.
 */
export function useWorksheetDraft(
  event: EventRecord,
  onChange: (next: EventRecord) => void,
  readOnly: boolean,
): WorksheetDraft {
  const { lost } = useSession();
  const outside = useRef({ onChange, lost });
  useEffect(() => {
    outside.current = { onChange, lost };
  }, [onChange, lost]);
  const [parts, setParts] = useState<WorksheetParts>(() => worksheetParts(event.plan));
  const partsRef = useRef(parts);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new DraftSaver<WorksheetParts, EventRecord>({
        known: event,
        delayMs: SAVE_DELAY_MS,
        problems: worksheetProblems,
        send: (content, revision) => api.updateEvent(event.id, { revision, plan: content }),
        onSaved: (saved) => outside.current.onChange(saved),
        onState: (s) => {
          if (s.kind === 'failed' && isSignedOut(s.error)) outside.current.lost();
          setState(s);
        },
      }),
  );
  const replace = useCallback((next: WorksheetParts) => {
    partsRef.current = next;
    setParts(next);
  }, []);

  // A plan saved elsewhere on the page: the next save is made on it, and shown when nothing here waits.
  useEffect(() => {
    if (event.revision <= saver.known.revision) return;
    saver.learn(event);
    if (!saver.pending) replace(worksheetParts(event.plan));
  }, [event, saver, replace]);

  // Leaving the panel (another tab, another page) saves what is waiting.
  useEffect(
    () => () => {
      void saver.flush();
      saver.dispose();
    },
    [saver],
  );

  const edit = useCallback(
    (change: (current: WorksheetParts) => Partial<WorksheetParts>) => {
      if (readOnly) return;
      const next = { ...partsRef.current, ...change(partsRef.current) };
      replace(next);
      saver.edit(next);
    },
    [readOnly, replace, saver],
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  const reload = useCallback(async () => {
    const fresh = await api.getEvent(event.id);
    saver.reset(fresh);
    replace(worksheetParts(fresh.plan));
    outside.current.onChange(fresh);
  }, [event.id, saver, replace]);
  return { parts, state, edit, flush, reload };
}
