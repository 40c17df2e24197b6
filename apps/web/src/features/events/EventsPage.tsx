import { EVENT_STATUSES, type MyMembership } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { EventsTable } from './EventsTable.tsx';
import { NetworkCalendar } from './NetworkCalendar.tsx';
import { filterEvents, type StatusFilter } from './lifecycle.ts';
import './events.css';

function Events({ membership }: { membership: MyMembership }) {
  const id = useId();
  const { t } = useI18n();
  const list = useResource(() => api.listEvents(), membership.orgId);
  const [status, setStatus] = useState<StatusFilter>('all');
  const shown = filterEvents(list.data ?? [], status);
  return (
    <article className="page" aria-labelledby="events-title">
      <header className="page-header">
        <div>
          <h1 id="events-title">{t('events.title')}</h1>
          <p className="lead">{t('events.intro')}</p>
        </div>
        <div className="actions">
          {can(membership, 'event.create') && (
            <Link className="button button-primary" to={pathOf({ name: 'event-new', siteId: [] })}>
              {t('events.new')}
            </Link>
          )}
          <Link className="button" to={pathOf({ name: 'event-profiles' })}>
            {t('events.profiles')}
          </Link>
        </div>
      </header>
      <section className="card" aria-labelledby="event-plans-title">
        <h2 id="event-plans-title">{t('events.plansTitle')}</h2>
        <div className="field-inline">
          <label htmlFor={`${id}-status`}>{t('events.filter')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as StatusFilter)}
          >
            <option value="all">{t('events.filterAll')}</option>
            {EVENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`eventStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <ErrorMessage error={list.error} />
        {list.loading && !list.data && <p className="loading">{t('app.loading')}</p>}
        {list.data && shown.length === 0 && (
          <p className="empty">{list.data.length === 0 ? t('events.empty') : t('events.noneWithStatus')}</p>
        )}
        {shown.length > 0 && (
          <EventsTable events={shown} caption={t('events.caption', { org: membership.orgName })} />
        )}
      </section>
      <NetworkCalendar membership={membership} />
    </article>
  );
}

/** The plans of events of the organisation and those shared with it, and the calendar of its networks. */
export function EventsPage() {
  return <RequireOrg>{(m) => <Events key={m.orgId} membership={m} />}</RequireOrg>;
}
