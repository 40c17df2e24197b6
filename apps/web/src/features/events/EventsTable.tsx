import type { EventSummary } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { EventStatusChip } from './EventStatusChip.tsx';

/** Plans of events: name, stage, dates, site, owner (and how it is shared with the reader), expected peak, deadline. */
export function EventsTable({ events, caption }: { events: readonly EventSummary[]; caption: string }) {
  const { t, formatDate, formatCount } = useI18n();
  return (
    <TableScroll rows={events.length}>
      <table className="table" data-testid="events">
        <caption>{caption}</caption>
        <TableHead
          columns={[
            { label: 'events.col.name' },
            { label: 'events.col.status' },
            { label: 'events.col.dates' },
            { label: 'events.col.site' },
            { label: 'events.col.owner' },
            { label: 'events.col.peak', numeric: true },
            { label: 'events.col.submitBy' },
          ]}
        />
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-testid="event-row" data-event-id={e.id} data-status={e.status}>
              <th scope="row">
                <Link to={pathOf({ name: 'event', id: e.id })}>{e.name}</Link>
                <span className="meta-line">{t(`eventKind.${e.kind}`)}</span>
              </th>
              <td>
                <EventStatusChip status={e.status} />
              </td>
              <td className="nowrap">
                {formatDate(e.startsAt, 'date-time')}
                <span className="meta-line">
                  {t('events.until', { date: formatDate(e.endsAt, 'date-time') })}
                </span>
              </td>
              <td>{e.siteName}</td>
              <td>
                {e.ownerName}
                {e.access !== 'owner' && (
                  <span className={`badge badge-access-${e.access}`}>{t(`access.${e.access}`)}</span>
                )}
              </td>
              <td className="numeric">{formatCount(e.expectedPeak)}</td>
              <td className="nowrap">{e.submitBy ? formatDate(e.submitBy, 'date') : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
