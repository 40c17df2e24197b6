import type { MyMembership, Webhook, WebhookWithSecret } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { DeliveryHistory } from './DeliveryHistory.tsx';
import { RequireWebhookAdmin } from './RequireWebhookAdmin.tsx';
import { useDeliveries } from './useDeliveries.ts';
import { WebhookFacts } from './WebhookFacts.tsx';
import { WebhookForm } from './WebhookForm.tsx';
import { WebhookSecret } from './WebhookSecret.tsx';

type Mode = 'view' | 'edit' | 'confirm-delete';

function WebhookView({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const webhook = useResource(() => api.getWebhook(id), `${id}:${membership.orgId}`);
  const history = useDeliveries(id);
  const action = useAction();
  const [mode, setMode] = useState<Mode>('view');
  const [rotated, setRotated] = useState<WebhookWithSecret | null>(null);
  const back = (
    <p>
      <Link to={pathOf({ name: 'webhooks' })}>← {t('webhook.back')}</Link>
    </p>
  );
  if (webhook.error || !webhook.data) return <LoadingOrError back={back} error={webhook.error} />;
  const w = webhook.data;
  const saved = (next: Webhook) => webhook.setData(() => next);

  return (
    <article className="page" aria-labelledby="webhook-title">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow">{t('webhooks.title')}</p>
          <h1 id="webhook-title" style={{ overflowWrap: 'anywhere' }}>
            {w.url}
          </h1>
        </div>
        {mode === 'view' && (
          <div className="toolbar">
            <button type="button" onClick={() => setMode('edit')}>
              {t('common.edit')}
            </button>
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  await api.pingWebhook(w.id);
                  history.refresh();
                  announce(t('webhook.pinged'));
                })
              }
            >
              {t('webhook.ping')}
            </button>
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  setRotated(await api.rotateWebhookSecret(w.id));
                  announce(t('webhook.rotated'));
                })
              }
            >
              {t('webhook.rotate')}
            </button>
            <button type="button" className="button-danger" onClick={() => setMode('confirm-delete')}>
              {t('common.delete')}
            </button>
          </div>
        )}
      </header>
      <ErrorMessage error={action.error} />
      {mode === 'confirm-delete' && (
        <ConfirmDelete
          question={t('webhook.deleteQuestion', { url: w.url })}
          confirmLabel={t('webhook.deleteConfirm')}
          busy={action.busy}
          onCancel={() => setMode('view')}
          onConfirm={() =>
            void action.run(async () => {
              await api.deleteWebhook(w.id);
              navigate(pathOf({ name: 'webhooks' }));
              announce(t('webhook.deleted'));
            })
          }
        />
      )}
      {rotated && (
        <>
          <p>{t('webhook.rotated')}</p>
          <WebhookSecret webhook={rotated} onDone={() => setRotated(null)} />
        </>
      )}
      <section className="card">
        {mode === 'edit' ? (
          <WebhookForm
            initial={{ url: w.url, events: w.events, active: w.active, description: w.description }}
            busy={action.busy}
            submitLabel="common.save"
            onCancel={() => {
              setMode('view');
              action.clear();
            }}
            onSubmit={(input) =>
              void action.run(async () => {
                saved(await api.updateWebhook(w.id, input));
                setMode('view');
                announce(t('webhook.saved'));
              })
            }
          />
        ) : (
          <WebhookFacts webhook={w} />
        )}
      </section>
      <DeliveryHistory history={history} />
    </article>
  );
}

/** One webhook: its details, edit, a new secret, a test message, delete, and what was delivered (admins only). */
export function WebhookPage({ id }: { id: string }) {
  return <RequireWebhookAdmin>{(m) => <WebhookView key={m.orgId} id={id} membership={m} />}</RequireWebhookAdmin>;
}
