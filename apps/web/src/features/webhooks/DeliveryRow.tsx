import type { WebhookDelivery } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { formatMeasure } from '../../i18n/numbers.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { answerText, eventName, statusBadge, statusKey } from './webhookText.ts';

/** How many columns a delivery's row has: its attempts, when shown, span them all. */
export const DELIVERY_COLUMNS = 7;

/** One message sent to a webhook, and under it, when expanded, each attempt to deliver it. */
export function DeliveryRow({ delivery: d }: { delivery: WebhookDelivery }) {
  const id = useId();
  const { t, formatDate, formatCount, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const event = eventName(t, d.event);
  return (
    <>
      <tr data-delivery-id={d.id} data-status={d.status}>
        <th scope="row">{event}</th>
        <td>
          <span className={statusBadge[d.status]}>{t(statusKey(d.status))}</span>
        </td>
        <td className="numeric">{formatCount(d.attempts)}</td>
        <td>{answerText(t, d.lastStatusCode, d.lastError)}</td>
        <td>{d.nextAttemptAt ? formatDate(d.nextAttemptAt, 'compact') : t('common.none')}</td>
        <td>{d.deliveredAt ? formatDate(d.deliveredAt, 'compact') : t('common.none')}</td>
        <td>
          <button
            type="button"
            className="button-quiet"
            aria-expanded={open}
            aria-controls={id}
            aria-label={t('webhookDelivery.showLabel', { event, date: formatDate(d.createdAt, 'compact') })}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('webhookDelivery.hide') : t('webhookDelivery.show')}
          </button>
        </td>
      </tr>
      {open && (
        <tr id={id} className="delivery-attempts">
          <td colSpan={DELIVERY_COLUMNS}>
            {d.history.length === 0 ? (
              <p className="hint">{t('webhookDelivery.noAttempts')}</p>
            ) : (
              <table className="table">
                <caption>{t('webhookAttempt.caption')}</caption>
                <TableHead
                  columns={[
                    { label: 'webhookAttempt.col.attempt', numeric: true },
                    { label: 'webhookAttempt.col.at' },
                    { label: 'webhookAttempt.col.answer' },
                    { label: 'webhookAttempt.col.duration', numeric: true },
                  ]}
                />
                <tbody>
                  {d.history.map((a) => (
                    <tr key={a.attempt}>
                      <td className="numeric">{formatCount(a.attempt)}</td>
                      <td>{formatDate(a.at, 'compact')}</td>
                      <td>{answerText(t, a.statusCode, a.error)}</td>
                      <td className="numeric">{formatMeasure(a.durationMs, 'ms', locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
