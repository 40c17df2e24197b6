import type { Alert } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { historyRows } from './historyRows.ts';

/**
 * Who did what to an alert and when (written, submitted, rejected with the reason, approved, published,
 * superseded, cancelled, expired), and which partner organisations acknowledged it.
 */
export function AlertHistory({ history, acks }: Pick<Alert, 'history' | 'acks'>) {
  const id = useId();
  const { t, formatDate } = useI18n();
  return (
    <section className="card alert-history" aria-labelledby={`${id}-title`} data-testid="alert-history">
      <h2 id={`${id}-title`}>{t('history.title')}</h2>
      {history.length === 0 ? (
        <p className="hint">{t('history.empty')}</p>
      ) : (
        <ol className="plain-list history-list">
          {historyRows(history).map(({ event: e, count, from }, i) => (
            <li key={`${e.at}-${i}`} data-testid="history-entry" data-action={e.action} data-count={count}>
              <time dateTime={from} className="meta">
                {formatDate(from, 'date-time')}
              </time>{' '}
              {t('history.entry', { action: t(`alertEvent.${e.action}`), name: e.byName })}
              {count > 1 && (
                <span className="meta">
                  {' '}
                  {t('history.saves', { count, until: formatDate(e.at, 'date-time') })}
                </span>
              )}
              {e.detail && <div className="history-detail">{e.detail}</div>}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('acks.title')}</h3>
      {acks.length === 0 ? (
        <p className="hint">{t('acks.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table-dense" data-testid="alert-acks">
            <caption className="visually-hidden">{t('acks.caption')}</caption>
            <TableHead columns={[{ label: 'acks.col.org' }, { label: 'acks.col.by' }, { label: 'acks.col.at' }]} />
            <tbody>
              {acks.map((a) => (
                <tr key={`${a.orgId}-${a.at}`}>
                  <th scope="row">{a.orgName}</th>
                  <td>{a.byName}</td>
                  <td className="nowrap">{formatDate(a.at, 'date-time')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
