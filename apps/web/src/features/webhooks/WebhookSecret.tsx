import type { WebhookWithSecret } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

/**
 * The secret of a webhook just created or rotated: the only time the API gives it. Shown with a copy button
 * and what a receiver does with it to check a message's signature.
 */
export function WebhookSecret({ webhook, onDone }: { webhook: WebhookWithSecret; onDone: () => void }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const copy = async () => {
    const copied = await action.run(async () => {
      await navigator.clipboard.writeText(webhook.secret);
      return true;
    });
    if (copied) announce(t('webhookSecret.copied'));
  };
  return (
    <section className="invite-link" aria-labelledby={`${id}-title`} data-testid="webhook-secret">
      <h2 id={`${id}-title`}>{t('webhookSecret.title')}</h2>
      <p>
        <strong>{t('webhookSecret.once')}</strong>
      </p>
      <label htmlFor={`${id}-secret`}>{t('webhookSecret.label')}</label>
      <div className="copy-row">
        <input id={`${id}-secret`} readOnly value={webhook.secret} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('webhookSecret.copy')}
        </button>
      </div>
      <ErrorMessage error={action.error} />
      <p className="hint">
        {t('webhookSecret.howTo', {
          timestamp: 'pactesur-timestamp',
          signature: 'pactesur-signature: v1=<hex>',
        })}
      </p>
      <div className="actions">
        <button type="button" onClick={onDone}>
          {t('webhookSecret.done')}
        </button>
      </div>
    </section>
  );
}
