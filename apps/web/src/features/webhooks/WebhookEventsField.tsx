import { WEBHOOK_EVENTS, type WebhookEvent } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly value: readonly WebhookEvent[];
  readonly onChange: (events: WebhookEvent[]) => void;
}

/**
 * The events a webhook sends: one tick box each, with a sentence saying when it is sent and the name the
 * receiver sees in the message's `event` field.
 */
export function WebhookEventsField({ value, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const toggle = (event: WebhookEvent, on: boolean) =>
    // Kept in the catalogue's order, whatever the order of the clicks.
    onChange(WEBHOOK_EVENTS.filter((e) => (e === event ? on : value.includes(e))));
  return (
    <fieldset className="field-row">
      <legend>{t('webhook.events')}</legend>
      <div className="field">
        {WEBHOOK_EVENTS.map((event, i) => (
          <div key={event}>
            <div className="field-inline">
              <input
                id={`${id}-${i}`}
                type="checkbox"
                checked={value.includes(event)}
                aria-describedby={`${id}-${i}-hint`}
                onChange={(e) => toggle(event, e.target.checked)}
              />
              <label htmlFor={`${id}-${i}`}>{t(`webhookEvent.${event}`)}</label>
            </div>
            <p className="hint" id={`${id}-${i}-hint`}>
              {t(`webhookEvent.${event}.hint`)} <code>{event}</code>
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
