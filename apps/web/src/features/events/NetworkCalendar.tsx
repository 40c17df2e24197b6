import type { CalendarEvent, MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useResource } from '../../ui/useResource.ts';
import { mergeCalendars } from './calendar.ts';

/** The networks the acting organisation belongs to, and their calendars merged. */
async function calendarOf(orgId: string): Promise<{ networks: string[]; events: CalendarEvent[] }> {
  const summaries = await api.listNetworks();
  const networks = await Promise.all(summaries.map((n) => api.getNetwork(n.slug)));
  const mine = networks.filter((n) => n.members.some((m) => m.org.id === orgId));
  const calendars = await Promise.all(mine.map((n) => api.networkEvents(n.id)));
  return { networks: mine.map((n) => n.name), events: mergeCalendars(calendars) };
}

/**
 * The calendar of the networks the acting organisation belongs to: the events their members listed (name,
 * kind, dates, city, place), never their plans.
 */
export function NetworkCalendar({ membership }: { membership: MyMembership }) {
  const { t, formatDate, countryName } = useI18n();
  const calendar = useResource(() => calendarOf(membership.orgId), membership.orgId);
  const data = calendar.data;
  return (
    <section className="card" aria-labelledby="network-calendar-title" data-testid="network-calendar">
      <h2 id="network-calendar-title">{t('events.calendarTitle')}</h2>
      <p className="hint">{t('events.calendarHint')}</p>
      <ErrorMessage error={calendar.error} />
      {calendar.loading && !data && <p className="loading">{t('app.loading')}</p>}
      {data && data.networks.length === 0 && <p className="empty">{t('events.noNetwork')}</p>}
      {data && data.networks.length > 0 && data.events.length === 0 && (
        <p className="empty">{t('events.calendarEmpty')}</p>
      )}
      {data && data.events.length > 0 && (
        <TableScroll rows={data.events.length}>
          <table className="table table-dense">
            <caption>{t('events.calendarCaption', { networks: data.networks.join(', ') })}</caption>
            <TableHead
              columns={[
                { label: 'events.col.dates' },
                { label: 'events.col.name' },
                { label: 'events.col.kind' },
                { label: 'events.col.organiser' },
                { label: 'events.col.site' },
              ]}
            />
            <tbody>
              {data.events.map((e) => (
                <tr key={e.id} data-testid="calendar-event" data-event-id={e.id}>
                  <td className="nowrap">
                    {formatDate(e.startsAt, 'date')}
                    {e.endsAt.slice(0, 10) !== e.startsAt.slice(0, 10) && (
                      <span className="meta-line">
                        {t('events.until', { date: formatDate(e.endsAt, 'date') })}
                      </span>
                    )}
                  </td>
                  <th scope="row">{e.name}</th>
                  <td>{t(`eventKind.${e.kind}`)}</td>
                  <td>
                    {e.orgName}
                    {e.country && <span className="meta-line">{countryName(e.country)}</span>}
                  </td>
                  <td>{e.siteName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
