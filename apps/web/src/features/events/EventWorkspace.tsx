import type { EventRecord, MyMembership } from '@pactesur/contracts';
import { useState } from 'react';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { ChangesView } from './ChangesView.tsx';
import { EventHeader } from './EventHeader.tsx';
import { EventTabs, type EventTab } from './EventTabs.tsx';
import { ExportTab } from './ExportTab.tsx';
import { FiguresTab } from './FiguresTab.tsx';
import { LivePanel } from './LivePanel.tsx';
import { NextEditionForm } from './NextEditionForm.tsx';
import { PlanTab } from './PlanTab.tsx';
import { SignOffPanel } from './SignOffPanel.tsx';
import { SimulationTab } from './SimulationTab.tsx';
import { WorksheetsPanel } from './WorksheetsPanel.tsx';
import { useEventNews } from './useEventNews.ts';
import { usePlanDraft } from './usePlanDraft.ts';

/**
 * An event's plan on its page: its head (stage, life, dates, deadline), how saving stands, news of changes
 * made elsewhere, next year's edition and what changed since the last one, then the plan in tabs — the site
 * plan on the map, the figures, the simulation, the risks and worksheets, the sign-off, live operations and
 * the export.
 */
export function EventWorkspace({ initial, membership }: { initial: EventRecord; membership: MyMembership }) {
  const { t } = useI18n();
  const canEdit = can(membership, 'record.edit', initial.access);
  const draft = usePlanDraft(initial, canEdit);
  const { news, reload } = useEventNews(draft);
  const [tab, setTab] = useState<EventTab>('plan');
  const [now] = useState(() => new Date());
  const event = draft.event;
  const editable = canEdit && event.status === 'draft';
  const warnings = event.calculations.warnings.length;
  // The other panels save on their own: the record they answer is the one saved on next.
  const onChange = (next: EventRecord) => draft.accept(next);
  // What waits to be saved goes before another tab saves its own part of the plan.
  const select = (next: EventTab) => {
    void draft.flush();
    setTab(next);
  };

  return (
    <article
      className="page event-page"
      aria-labelledby="event-title"
      data-testid="event"
      data-status={event.status}
    >
      <p>
        <Link to={pathOf({ name: 'events' })}>← {t('event.back')}</Link>
      </p>
      <EventHeader event={event} now={now} />
      {editable && (
        <SaveStatus
          state={draft.state}
          words="eventSave"
          onRetry={() => void draft.flush()}
          onReload={() => void reload()}
        />
      )}
      {!editable && (
        <p className="notice" data-testid="event-read-only">
          {canEdit
            ? t('event.readOnlyStage', { status: t(`eventStatus.${event.status}`) })
            : t('event.readOnlyRole')}
        </p>
      )}
      {news && (
        <div className="notice" role="alert" data-testid="live-news">
          <p>{t(news === 'deleted' ? 'eventLive.deleted' : 'eventLive.changed')}</p>
          {news === 'changed' && (
            <button type="button" onClick={() => void reload()}>
              {t('eventSave.reload')}
            </button>
          )}
        </div>
      )}
      <div className="event-editions">
        {event.access === 'owner' && can(membership, 'event.next') && <NextEditionForm event={event} />}
        {event.previousId && <ChangesView event={event} />}
      </div>
      <EventTabs selected={tab} onSelect={select} marks={warnings > 0 ? { figures: String(warnings) } : {}}>
        {tab === 'plan' && <PlanTab draft={draft} editable={editable} />}
        {tab === 'figures' && <FiguresTab event={event} />}
        {tab === 'simulation' && <SimulationTab event={event} membership={membership} run={draft.run} />}
        {tab === 'risks' && <WorksheetsPanel event={event} onChange={onChange} />}
        {tab === 'sign-off' && <SignOffPanel event={event} onChange={onChange} />}
        {tab === 'live' && <LivePanel event={event} onChange={onChange} />}
        {tab === 'export' && <ExportTab event={event} />}
      </EventTabs>
    </article>
  );
}
