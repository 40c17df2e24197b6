import type { EventRecord } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { EventStatusChip } from './EventStatusChip.tsx';
import { deadlineState } from './eventDates.ts';
import { lifecycle } from './lifecycle.ts';

/**
 * The head of a plan: what and where, its stage among the steps of its life (draft → submitted → under
 * review → approved → live → debriefed), its dates, the deadline to submit it, and its open conditions.
 */
export function EventHeader({ event, now }: { event: EventRecord; now: Date }) {
  const { t, formatDate } = useI18n();
  const deadline = deadlineState(event.submitBy, event.status, now);
  const open = event.conditions.filter((c) => c.status === 'open').length;
  return (
    <header className="page-header event-header">
      <div>
        <p className="eyebrow">
          {t(`eventKind.${event.kind}`)} · {event.siteName} · {event.ownerName}
          {event.access !== 'owner' && (
            <span className={`badge badge-access-${event.access}`}>{t(`access.${event.access}`)}</span>
          )}
        </p>
        <h1 id="event-title">{event.name}</h1>
        <p className="event-chips">
          <EventStatusChip status={event.status} />
          {open > 0 && (
            <span className="badge event-conditions-open" data-testid="open-conditions" data-count={open}>
              {t('event.openConditions', { count: open })}
            </span>
          )}
        </p>
        <ol className="event-lifecycle" aria-label={t('event.lifecycle')} data-testid="event-lifecycle">
          {lifecycle(event.status).map((s) => (
            <li
              key={s.status}
              className={`lifecycle-${s.state}`}
              aria-current={s.state === 'current' ? 'step' : undefined}
            >
              {t(`eventStatus.${s.status}`)}
            </li>
          ))}
        </ol>
        <p className="meta">
          {t('event.dates', {
            start: formatDate(event.startsAt, 'date-time'),
            end: formatDate(event.endsAt, 'date-time'),
          })}
          {event.submitBy && (
            <>
              {' · '}
              <span
                className={`event-deadline event-deadline-${deadline}`}
                data-testid="event-deadline"
                data-state={deadline}
              >
                {t(`eventDeadline.${deadline}`, { date: formatDate(event.submitBy, 'date-time') })}
              </span>
            </>
          )}
        </p>
      </div>
    </header>
  );
}
