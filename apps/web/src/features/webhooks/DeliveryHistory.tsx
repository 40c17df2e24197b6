import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { DeliveryRow } from './DeliveryRow.tsx';
import type { Deliveries } from './useDeliveries.ts';

/** What was sent to a webhook, newest first: refreshed on request, older pages on request. */
export function DeliveryHistory({ history }: { history: Deliveries }) {
  const id = useId();
  const { t } = useI18n();
  const { deliveries, loading, error, next } = history;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="webhook-deliveries">
      <div className="page-header">
        <div>
          <h2 id={`${id}-title`}>{t('webhookDeliveries.title')}</h2>
          <p className="meta">{t('webhookDeliveries.intro')}</p>
        </div>
        <button type="button" onClick={history.refresh} disabled={loading}>
          {t('webhookDeliveries.refresh')}
        </button>
      </div>
      <ErrorMessage error={error} />
      {deliveries.length > 0 ? (
        <TableScroll>
          <table className="table">
            <caption>{t('webhookDeliveries.caption')}</caption>
            <TableHead
              columns={[
                { label: 'webhookDeliveries.col.event' },
                { label: 'webhookDeliveries.col.status' },
                { label: 'webhookDeliveries.col.attempts', numeric: true },
                { label: 'webhookDeliveries.col.last' },
                { label: 'webhookDeliveries.col.next' },
                { label: 'webhookDeliveries.col.delivered' },
                { label: 'webhookDeliveries.col.more', hidden: true },
              ]}
            />
            <tbody>
              {deliveries.map((d) => (
                <DeliveryRow key={d.id} delivery={d} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        !loading && !error && <p className="hint">{t('webhookDeliveries.empty')}</p>
      )}
      <div className="pager">
        <span className="meta" aria-live="polite">
          {loading ? t('app.loading') : t('webhookDeliveries.count', { count: deliveries.length })}
        </span>
        {next !== null && (
          <button type="button" onClick={history.loadOlder} disabled={loading}>
            {t('webhookDeliveries.older')}
          </button>
        )}
      </div>
    </section>
  );
}
