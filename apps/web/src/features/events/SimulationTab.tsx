import type { EventRecord, MyMembership } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { SimulationResults } from './SimulationResults.tsx';
import { useEventSimulation } from './useEventSimulation.ts';

interface Props {
  readonly event: EventRecord;
  readonly membership: MyMembership;
  /** A change of the record once the plan's waiting changes are saved. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * The crowd simulation of the plan: one click runs two simulations of the plan's audience zones (its
 * structures as obstacles) — every exit open, and the largest exit closed — with the expected peak; their
 * progress while they run; then their results beside the hand calculation.
 */
export function SimulationTab({ event, membership, run }: Props) {
  const id = useId();
  const { t, formatCount, formatDate } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const sims = event.simulations;
  const all = useEventSimulation(sims.allExits, membership.orgId);
  const closed = useEventSimulation(sims.largestClosed, membership.orgId);
  const [people, setPeople] = useState('');
  const mayRun = can(membership, 'event.simulate', event.access);
  const hasZone = event.plan.features.some((f) => f.type === 'zone' && f.use === 'audience');
  const exits = event.plan.features.filter((f) => f.type === 'exit').length;
  const ready = hasZone && exits > 0;
  const closedExit = event.plan.features.find((f) => f.id === sims.closedExitId);

  const start = (e: FormEvent) => {
    e.preventDefault();
    const count = people.trim() === '' ? undefined : Number(people);
    void action.run(async () => {
      await run(() => api.simulateEvent(event.id, count === undefined ? {} : { people: count }));
      announce(t('eventSim.started'));
    });
  };

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`} data-testid="event-simulation">
        <h2 id={`${id}-title`}>{t('eventSim.title')}</h2>
        <p className="hint">{t('eventSim.hint')}</p>
        {sims.startedAt && (
          <p className="meta" data-testid="simulation-started">
            {t('eventSim.startedAt', {
              date: formatDate(sims.startedAt, 'date-time'),
              people: formatCount(sims.people),
            })}
          </p>
        )}
        {mayRun && !ready && <p className="notice">{t('eventSim.notReady')}</p>}
        {mayRun && ready && (
          <form className="form form-row" onSubmit={start} aria-busy={action.busy}>
            <div className="field">
              <label htmlFor={`${id}-people`}>{t('eventSim.people')}</label>
              <input
                id={`${id}-people`}
                type="number"
                inputMode="numeric"
                min={1}
                max={100_000}
                step={1}
                placeholder={event.plan.expectedPeak > 0 ? String(event.plan.expectedPeak) : ''}
                aria-describedby={`${id}-people-hint`}
                value={people}
                onChange={(e) => setPeople(e.target.value)}
              />
              <small id={`${id}-people-hint`}>{t('eventSim.peopleHint')}</small>
            </div>
            <div className="actions">
              <button type="submit" className="button-primary" disabled={action.busy}>
                {action.busy
                  ? t('eventSim.starting')
                  : sims.allExits
                    ? t('eventSim.runAgain')
                    : t('eventSim.run')}
              </button>
            </div>
          </form>
        )}
        {!mayRun && !sims.allExits && <p className="empty">{t('eventSim.none')}</p>}
        <ErrorMessage error={action.error} />
      </section>
      {sims.allExits && (
        <SimulationResults
          event={event}
          all={all}
          closed={sims.largestClosed ? closed : null}
          closedExitName={closedExit ? closedExit.name || closedExit.id : (sims.closedExitId ?? '')}
        />
      )}
    </>
  );
}
