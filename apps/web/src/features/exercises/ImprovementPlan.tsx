import type { ActionStatus, CorrectiveAction, EventSummary, Exercise, SaveCorrectiveAction } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { actionOrgs, actionSave, localDay } from './actionPlan.ts';
import { CorrectiveActionForm } from './CorrectiveActionForm.tsx';
import { CorrectiveActionsTable } from './CorrectiveActionsTable.tsx';

interface Props {
  readonly exercise: Exercise;
  /** The reader keeps the plan (a controller who may steer the exercise); else it is read only. */
  readonly editable: boolean;
  /** Moves on with each change of the plan announced on the exercise's channel: read it again. */
  readonly round: number;
}

/**
 * The improvement plan of the exercise: its corrective actions tracked until done, as they change. Its
 * controllers add actions, change them and move their status on; every other participant reads it.
 */
export function ImprovementPlan({ exercise, editable, round }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const actions = useResource(() => api.exerciseActions(exercise.id), `${exercise.id}:${round}`);
  // The event plans an action may improve: the organiser's, which only its own people list.
  const events = useResource(
    () => (editable ? api.listEvents().then((list) => list.filter((e) => e.ownerOrgId === exercise.ownerOrgId)) : Promise.resolve<EventSummary[]>([])),
    `${exercise.ownerOrgId}:${editable}`,
  );
  const eventName = (eventId: string) => events.data?.find((e) => e.id === eventId)?.name ?? null;
  const today = localDay(new Date());
  const orgs = actionOrgs(exercise);
  const put = (a: CorrectiveAction) => actions.setData((list) => (list ?? []).some((x) => x.id === a.id) ? (list ?? []).map((x) => (x.id === a.id ? a : x)) : [...(list ?? []), a]);

  const add = async (body: SaveCorrectiveAction) => {
    const made = await action.run(() => api.addExerciseAction(exercise.id, body));
    if (!made) return false;
    put(made);
    announce(t('exerciseActions.added'));
    return true;
  };
  const save = async (actionId: string, body: SaveCorrectiveAction) => {
    const saved = await action.run(() => api.saveExerciseAction(exercise.id, actionId, body));
    if (!saved) return false;
    put(saved);
    setEditing(null);
    announce(t('exerciseActions.saved'));
    return true;
  };
  const advance = (a: CorrectiveAction, status: ActionStatus) =>
    void action.run(() => api.saveExerciseAction(exercise.id, a.id, actionSave(a, { status }))).then((saved) => {
      if (!saved) return;
      put(saved);
      announce(t('exerciseActions.moved', { status: t(`actionStatus.${saved.status}`) }));
    });

  const edited = editing === null ? undefined : actions.data?.find((a) => a.id === editing);
  return (
    <section className="card improvement-plan" aria-labelledby={`${id}-title`} data-testid="improvement-plan">
      <h2 id={`${id}-title`}>{t('exerciseActions.title')}</h2>
      <p className="hint">{t(editable ? 'exerciseActions.hint' : 'exerciseActions.readOnly')}</p>
      <ErrorMessage error={actions.error} />
      {!actions.data && !actions.error && <p className="loading">{t('app.loading')}</p>}
      {actions.data && (
        <CorrectiveActionsTable
          name={exercise.name}
          actions={actions.data}
          capabilities={exercise.capabilities}
          eventName={eventName}
          today={today}
          onAdvance={editable ? advance : undefined}
          onEdit={editable ? (a) => setEditing(a.id) : undefined}
          busy={action.busy}
          editing={
            edited
              ? {
                  id: edited.id,
                  form: (
                    <>
                      <h3>{t('exerciseActions.editTitle')}</h3>
                      <CorrectiveActionForm
                        key={edited.id}
                        orgs={orgs}
                        capabilities={exercise.capabilities}
                        events={events.data ?? null}
                        initial={edited}
                        busy={action.busy}
                        onSave={(body) => save(edited.id, body)}
                        onCancel={() => setEditing(null)}
                      />
                    </>
                  ),
                }
              : null
          }
        />
      )}
      <ErrorMessage error={action.error} />
      {editable && (
        <div data-testid="add-corrective-action">
          <h3>{t('exerciseActions.add')}</h3>
          <CorrectiveActionForm orgs={orgs} capabilities={exercise.capabilities} events={events.data ?? null} initial={null} busy={action.busy} onSave={add} />
        </div>
      )}
    </section>
  );
}
