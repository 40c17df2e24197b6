import type { EventRecord } from '@pactesur/contracts';
import { useEffect } from 'react';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { GateCounters } from './GateCounters.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import { useLiveFeed } from './LiveFeed.ts';
import { LiveGauge } from './LiveGauge.tsx';
import { LiveLogTable } from './LiveLogTable.tsx';
import './LivePanel.css';
import { TriggersReached } from './TriggersReached.tsx';

/** The live operations of an event that is live or over: its figures and log, followed as they change. */
function LiveOperations({ event }: { event: EventRecord }) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  const feed = useLiveFeed(event.id);
  const { state, entries, last } = feed.view;
  // Live while both the plan read last and the log say so: whichever hears of the end first ends it here.
  const live = event.status === 'live' && (state?.status ?? 'live') === 'live';
  const { refresh } = feed;
  useEffect(() => refresh(), [event.status, refresh]);
  // Counts, incidents and alerts are logged by the editors of the plan while it is live.
  const canLog = live && can(activeMembership, 'record.edit', event.access);
  const gateNames = new Map((state?.gates ?? []).map((g) => [g.id, g.name]));
  return (
    <section
      className="event-live"
      aria-labelledby="live-title"
      data-testid="event-live"
      data-status={state?.status ?? event.status}
      data-seq={last}
      data-occupancy={state?.occupancy ?? ''}
    >
      <h2 id="live-title">{t('events.ops.live.title')}</h2>
      <p className="hint">{t(live ? 'events.ops.live.intro' : 'events.ops.live.over')}</p>
      <ErrorMessage error={feed.error} />
      {!feed.loaded && !feed.error && <p className="loading">{t('app.loading')}</p>}
      {state && (
        <>
          <div className="live-top">
            <LiveGauge state={state} />
            <TriggersReached
              event={event}
              triggered={state.triggered}
              canDraft={canLog && can(activeMembership, 'alert.create')}
              onAnswer={feed.answer}
            />
          </div>
          <GateCounters eventId={event.id} gates={state.gates} canCount={canLog} onAnswer={feed.answer} />
          {canLog && (
            <IncidentForm eventId={event.id} features={event.plan.features} onAnswer={feed.answer} />
          )}
          <LiveLogTable entries={entries} plan={event.plan} gateNames={gateNames} />
        </>
      )}
    </section>
  );
}

/**
 * Live operations (EVENTS.md) once the event is live: the crowd now against the 2 / 4 / 5 persons/m²
 * thresholds, the stewards' gate counters, the incident log with its M/ETHANE reports, and the trigger
 * points reached with the public alert they draft; after the event, the same read-only for the debrief.
 */
export function LivePanel({ event }: { event: EventRecord; onChange: (next: EventRecord) => void }) {
  const { t } = useI18n();
  if (event.status !== 'live' && event.status !== 'debriefed')
    return (
      <section
        className="event-live"
        aria-labelledby="live-title"
        data-testid="event-live"
        data-status={event.status}
      >
        <h2 id="live-title">{t('events.ops.live.title')}</h2>
        <p className="notice">{t('events.ops.live.notYet')}</p>
      </section>
    );
  return <LiveOperations event={event} />;
}
