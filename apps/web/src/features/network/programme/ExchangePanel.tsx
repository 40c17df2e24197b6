import type { Activity, Exchange, Network, SaveExchangeInput } from '@pactesur/contracts';
import { useState } from 'react';
import { ApiError, api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { useSession } from '../../../session/useSession.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useResource } from '../../../ui/useResource.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { ExchangeDetail } from './ExchangeDetail.tsx';
import { ExchangeForm } from './ExchangeForm.tsx';
import { ExchangeGuestForm } from './ExchangeGuestForm.tsx';
import { ExchangeGuests } from './ExchangeGuests.tsx';

interface Props {
  readonly slug: string;
  /** An activity of kind `exchange`. */
  readonly activity: Activity;
  /** The network's members, among whom the host is chosen. */
  readonly members: Network['members'];
}

/** An exchange not recorded yet is `null`; any other failure stays an error. */
const orNone = (error: unknown): null => {
  if (error instanceof ApiError && error.status === 404) return null;
  throw error;
};

/**
 * The exchange of officers an activity is, for the network's members: its host, objectives, programme and
 * report, the guests each organisation sends; the form that sets it up or edits it (the host and those who
 * run the programme), and the form to send an officer (the other members).
 */
export function ExchangePanel({ slug, activity, members }: Props) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  const { announce } = useStatus();
  const orgId = activeMembership?.orgId ?? null;
  const exchange = useResource(
    () => api.getExchange(slug, activity.id).catch(orNone),
    `${activity.id}:${orgId ?? ''}`,
  );
  const [editing, setEditing] = useState(false);
  const save = useAction();
  const x = exchange.data;
  const canEdit = x ? x.canEdit : activity.canManage;
  const changed = (next: Exchange) => exchange.setData(() => next);

  const submit = async (body: SaveExchangeInput) => {
    const saved = await save.run(() => api.saveExchange(slug, activity.id, body));
    if (!saved) return;
    changed(saved);
    setEditing(false);
    announce(t('network.exchange.saved'));
  };

  return (
    <section aria-labelledby="exchange-title" data-testid="exchange">
      <div className="section-header">
        <h2 id="exchange-title">{t('network.exchange.title')}</h2>
        {canEdit && !editing && x !== undefined && (
          <div className="actions">
            <button
              type="button"
              className={x ? undefined : 'button-primary'}
              onClick={() => {
                save.clear();
                setEditing(true);
              }}
            >
              {t(x ? 'network.exchange.edit' : 'network.exchange.setUp')}
            </button>
          </div>
        )}
      </div>
      {exchange.error ? (
        <ErrorMessage error={exchange.error} />
      ) : x === undefined ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <>
          {editing ? (
            <ExchangeForm
              exchange={x}
              members={members}
              orgId={orgId}
              busy={save.busy}
              error={save.error}
              onSave={(body) => void submit(body)}
              onCancel={() => setEditing(false)}
            />
          ) : x === null ? (
            <p className="empty" data-testid="exchange-none">
              {t('network.exchange.notSetUp')}
            </p>
          ) : (
            <ExchangeDetail exchange={x} massEvent={activity.massEvent} />
          )}
          {x && <ExchangeGuests slug={slug} exchange={x} onChanged={changed} />}
          {x?.canAddGuests && <ExchangeGuestForm slug={slug} activity={activity} onChanged={changed} />}
        </>
      )}
    </section>
  );
}
