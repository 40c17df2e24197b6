import type { Webhook } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { eventsText } from './webhookText.ts';

/** What a webhook is: its address, events, on/off, description and creation date. */
export function WebhookFacts({ webhook: w }: { webhook: Webhook }) {
  const { t, formatDate } = useI18n();
  const rows: readonly (readonly [string, string, string])[] = [
    ['url', t('webhooks.col.url'), w.url],
    ['events', t('webhooks.col.events'), eventsText(t, w.events)],
    ['active', t('webhooks.col.active'), w.active ? t('webhooks.on') : t('webhooks.off')],
    ['description', t('webhooks.col.description'), w.description || t('common.none')],
    ['created', t('webhooks.col.created'), formatDate(w.createdAt, 'date-time')],
  ];
  return (
    <dl className="details" data-testid="webhook-facts">
      {rows.map(([key, label, value]) => (
        <div key={key} data-fact={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
