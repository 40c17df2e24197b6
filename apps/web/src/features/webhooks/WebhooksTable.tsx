import type { Webhook } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { eventsText } from './webhookText.ts';

/** The organisation's webhooks: address (the link to each one's page), events, on/off, description, creation. */
export function WebhooksTable({ webhooks, orgName }: { webhooks: readonly Webhook[]; orgName: string }) {
  const { t, formatDate } = useI18n();
  return (
    <TableScroll rows={webhooks.length}>
      <table className="table" data-testid="webhooks">
        <caption>{t('webhooks.caption', { org: orgName })}</caption>
        <TableHead
          columns={[
            { label: 'webhooks.col.url' },
            { label: 'webhooks.col.events' },
            { label: 'webhooks.col.active' },
            { label: 'webhooks.col.description' },
            { label: 'webhooks.col.created' },
          ]}
        />
        <tbody>
          {webhooks.map((w) => (
            <tr key={w.id} data-webhook-id={w.id}>
              <th scope="row">
                <Link to={pathOf({ name: 'webhook', id: w.id })}>
                  {w.url}
                </Link>
              </th>
              <td>{eventsText(t, w.events)}</td>
              <td>
                <span className={w.active ? 'badge badge-job-succeeded' : 'badge'}>
                  {w.active ? t('webhooks.on') : t('webhooks.off')}
                </span>
              </td>
              <td>{w.description || t('common.none')}</td>
              <td>{formatDate(w.createdAt, 'date-time')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
