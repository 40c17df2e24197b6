import type { MyMembership, WebhookWithSecret } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { RequireWebhookAdmin } from './RequireWebhookAdmin.tsx';
import { WebhookForm } from './WebhookForm.tsx';
import { WebhookSecret } from './WebhookSecret.tsx';
import { WebhooksTable } from './WebhooksTable.tsx';

function Webhooks({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const webhooks = useResource(() => api.listWebhooks(), membership.orgId);
  const action = useAction();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  return (
    <article className="page" aria-labelledby="webhooks-title">
      <header className="page-header">
        <div>
          <h1 id="webhooks-title">{t('webhooks.title')}</h1>
          <p className="meta">{t('webhooks.intro', { org: membership.orgName })}</p>
        </div>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t('webhooks.new')}
          </button>
        )}
      </header>
      {created && (
        <>
          <p>
            {t('webhook.created')}{' '}
            <Link to={pathOf({ name: 'webhook', id: created.id })}>
              {t('webhook.openLabel', { url: created.url })}
            </Link>
          </p>
          <WebhookSecret webhook={created} onDone={() => setCreated(null)} />
        </>
      )}
      {adding && (
        <section className="card" aria-labelledby="new-webhook-title">
          <h2 id="new-webhook-title">{t('webhooks.new')}</h2>
          <WebhookForm
            busy={action.busy}
            submitLabel="webhook.create"
            onCancel={() => {
              setAdding(false);
              action.clear();
            }}
            onSubmit={(input) =>
              void action.run(async () => {
                const webhook = await api.createWebhook(input);
                setCreated(webhook);
                setAdding(false);
                // The list never carries the secret: the one just shown stays out of it.
                const { secret: _secret, ...listed } = webhook;
                webhooks.setData((list) => [...(list ?? []), listed]);
                announce(t('webhook.created'));
              })
            }
          />
          <ErrorMessage error={action.error} />
        </section>
      )}
      <ErrorMessage error={webhooks.error} />
      {webhooks.data?.length === 0 && <p className="hint">{t('webhooks.empty')}</p>}
      {webhooks.data && webhooks.data.length > 0 && (
        <WebhooksTable webhooks={webhooks.data} orgName={membership.orgName} />
      )}
    </article>
  );
}

/** The acting organisation's webhooks and the form of a new one (admins only). */
export function WebhooksPage() {
  return <RequireWebhookAdmin>{(m) => <Webhooks key={m.orgId} membership={m} />}</RequireWebhookAdmin>;
}
