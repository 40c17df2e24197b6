import type { AlertSummary } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { AlertStateChip, AlertStatusChip } from './AlertStateChip.tsx';
import type { Episode } from './episodes.ts';

interface Props {
  readonly caption: string;
  readonly episodes: readonly Episode[];
  /** The acting organisation: alerts of others (sent to it) name their sender. */
  readonly orgId: string;
}

function AlertRow({ alert, followUp, orgId }: { alert: AlertSummary; followUp: boolean; orgId: string }) {
  const { t, formatDate } = useI18n();
  const type = t(`capMsgType.${alert.msgType}`);
  return (
    <tr
      className={followUp ? 'alert-follow-up' : undefined}
      data-testid="alert-row"
      data-alert-id={alert.id}
      data-state={alert.state}
      data-msg-type={alert.msgType}
    >
      <th scope="row">
        {followUp && (
          <span className="alert-follow-up-mark" aria-hidden="true">
            ↳{' '}
          </span>
        )}
        <Link to={pathOf({ name: 'alert', id: alert.id })}>{alert.headline || alert.event || t('alerts.noHeadline')}</Link>
        {followUp && <span className="visually-hidden"> ({t('alerts.followUp', { type })})</span>}
        {alert.ownerOrgId !== orgId && <div className="meta">{t('alerts.from', { org: alert.ownerOrgName })}</div>}
      </th>
      <td>{type}</td>
      <td>
        <AlertStateChip state={alert.state} /> <AlertStatusChip status={alert.status} />
      </td>
      <td>{t(`capScope.${alert.scope}`)}</td>
      <td className="nowrap">{alert.languages.join(', ')}</td>
      <td className="nowrap">{alert.sent ? formatDate(alert.sent, 'compact') : '—'}</td>
      <td className="nowrap">{alert.expires ? formatDate(alert.expires, 'compact') : '—'}</td>
      <td>
        {alert.authorName}
        {alert.approverName && <div className="meta">{alert.approverName}</div>}
      </td>
    </tr>
  );
}

/** The alerts of one section, episode by episode: each alert with its updates and cancellation under it. */
export function AlertsTable({ caption, episodes, orgId }: Props) {
  return (
    <TableScroll>
      <table className="table alerts-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead
          columns={[
            { label: 'alerts.col.alert' },
            { label: 'alerts.col.type' },
            { label: 'alerts.col.state' },
            { label: 'alerts.col.scope' },
            { label: 'alerts.col.languages' },
            { label: 'alerts.col.sent' },
            { label: 'alerts.col.expires' },
            { label: 'alerts.col.people' },
          ]}
        />
        {episodes.map((e) => (
          <tbody key={e.id} className="alert-episode" data-testid="alert-episode" data-episode-id={e.id}>
            <AlertRow alert={e.first} followUp={false} orgId={orgId} />
            {e.followUps.map((m) => (
              <AlertRow key={m.id} alert={m} followUp orgId={orgId} />
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
