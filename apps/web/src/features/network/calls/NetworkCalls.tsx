import type { Network, SaveCallInput } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { navigate } from '../../../router/history.ts';
import { pathOf } from '../../../router/routes.ts';
import { useSession } from '../../../session/useSession.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useResource } from '../../../ui/useResource.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { readerRights } from '../programme/readerRights.ts';
import { CallForm } from './CallForm.tsx';
import { CallListItem } from './CallListItem.tsx';
import './calls.css';

const STAGE_ORDER = ['open', 'draft', 'closed', 'decided'] as const;

/**
 * The network's calls for expressions of interest — how it chooses the organisations that join it: open
 * calls first, each with its deadline, places and the role it gives. The lead and consortium editors write
 * new calls here; each call's page takes the applications, the reviews and the selection.
 */
export function NetworkCalls({ network }: { network: Network }) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  const { announce } = useStatus();
  const slug = network.slug;
  const calls = useResource(() => api.listCalls(slug), `${slug}:${activeMembership?.orgId ?? ''}`);
  const [writing, setWriting] = useState(false);
  const create = useAction();
  const canCreate = readerRights(network, activeMembership).canManage;
  const sorted = useMemo(
    () =>
      [...(calls.data ?? [])].sort(
        (a, b) =>
          STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
          (a.stage === 'open' || a.stage === 'draft'
            ? a.deadline.localeCompare(b.deadline)
            : b.deadline.localeCompare(a.deadline)),
      ),
    [calls.data],
  );

  const submit = async (body: SaveCallInput) => {
    const made = await create.run(() => api.createCall(slug, body));
    if (!made) return;
    announce(t('network.calls.created'));
    navigate(pathOf({ name: 'network-call', slug, id: made.id }));
  };

  return (
    <section aria-labelledby="calls-title" data-testid="network-calls">
      <div className="section-header">
        <h2 id="calls-title">{t('network.calls.title')}</h2>
        {canCreate && !writing && (
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                create.clear();
                setWriting(true);
              }}
            >
              {t('network.calls.new')}
            </button>
          </div>
        )}
      </div>
      <p className="hint">{t('network.calls.hint')}</p>
      {writing && (
        <CallForm
          call={null}
          busy={create.busy}
          error={create.error}
          onSave={(body) => void submit(body)}
          onCancel={() => setWriting(false)}
        />
      )}
      {calls.error ? (
        <ErrorMessage error={calls.error} />
      ) : !calls.data ? (
        <p className="loading">{t('app.loading')}</p>
      ) : sorted.length === 0 ? (
        <p className="empty">{t('network.calls.empty')}</p>
      ) : (
        <ul className="home-list" data-testid="call-list">
          {sorted.map((c) => (
            <CallListItem key={c.id} call={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
