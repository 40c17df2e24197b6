import type { CreateWebhook, WebhookEvent } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { WebhookEventsField } from './WebhookEventsField.tsx';

interface Props {
  readonly initial?: CreateWebhook;
  readonly busy: boolean;
  readonly submitLabel: MessageKey;
  readonly onSubmit: (webhook: CreateWebhook) => void;
  readonly onCancel?: () => void;
}

const NEW: CreateWebhook = { url: 'https://', events: ['record.ready', 'record.failed'], active: true, description: '' };

/** Address, description, events and on/off of a webhook. */
export function WebhookForm({ initial = NEW, busy, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [url, setUrl] = useState(initial.url);
  const [description, setDescription] = useState(initial.description);
  const [events, setEvents] = useState<readonly WebhookEvent[]>(initial.events);
  const [active, setActive] = useState(initial.active);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The API would refuse it too; said here beside the tick boxes rather than as a field error.
    if (events.length === 0) {
      setMissing(true);
      return;
    }
    onSubmit({ url: url.trim(), events: [...events], active, description: description.trim() });
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('webhook.url')}</label>
        <input
          id={`${id}-url`}
          type="url"
          required
          maxLength={2000}
          value={url}
          aria-describedby={`${id}-url-hint`}
          onChange={(e) => setUrl(e.target.value)}
        />
        <small id={`${id}-url-hint`}>{t('webhook.urlHint')}</small>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('webhook.description')}</label>
        <input
          id={`${id}-description`}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <WebhookEventsField
        value={events}
        onChange={(next) => {
          setEvents(next);
          setMissing(false);
        }}
      />
      {missing && (
        <p className="error" role="alert">
          {t('webhook.eventsMissing')}
        </p>
      )}
      <CheckField label="webhook.active" hint="webhook.activeHint" checked={active} onChange={setActive} />
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
