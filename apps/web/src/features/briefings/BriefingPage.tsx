import type { MyMembership } from '@pactesur/contracts';
import { useState } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { SharingPanel } from '../sharing/SharingPanel.tsx';
import { BriefingForm } from './BriefingForm.tsx';

function Briefing({ id, membership }: { id: string; membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const briefing = useResource(() => api.getBriefing(id), `${id}:${membership.orgId}`);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const back = (
    <p>
      <Link to={pathOf({ name: 'briefings' })}>← {t('briefing.back')}</Link>
    </p>
  );
  if (briefing.error || !briefing.data) return <LoadingOrError back={back} error={briefing.error} />;
  const b = briefing.data;
  const canEdit = can(membership, 'record.edit', b.access);
  const isOwner = can(membership, 'record.delete', b.access);

  return (
    <article className="page narrow" aria-labelledby="briefing-title">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t('briefing.sensitive', { org: b.ownerOrgName })}</p>
          <h1 id="briefing-title">{b.title}</h1>
          <p className="meta">
            {t('briefing.updatedAt', { date: formatDate(b.updatedAt, 'date-time') })} ·{' '}
            {t(`access.${b.access}`)}
          </p>
        </div>
        <div className="toolbar">
          {canEdit && !editing && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </button>
          )}
          {isOwner && !editing && (
            <button
              type="button"
              className="button-danger"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  await api.deleteBriefing(b.id);
                  navigate(pathOf({ name: 'briefings' }));
                  announce(t('briefing.deleted'));
                })
              }
            >
              {t('common.delete')}
            </button>
          )}
        </div>
      </header>
      <ErrorMessage error={action.error} />
      <section className="card">
        {editing ? (
          <BriefingForm
            initial={{ title: b.title, body: b.body }}
            busy={action.busy}
            submitLabel="common.save"
            onCancel={() => setEditing(false)}
            onSubmit={(input) =>
              void action.run(async () => {
                const saved = await api.updateBriefing(b.id, input);
                briefing.setData(() => saved);
                setEditing(false);
                announce(t('briefing.saved'));
              })
            }
          />
        ) : (
          <div className="briefing-body" data-testid="briefing-body">
            {b.body}
          </div>
        )}
      </section>
      {isOwner && <SharingPanel kind="briefing" recordId={b.id} ownerOrgId={b.ownerOrgId} />}
    </article>
  );
}

/** One briefing: read (recorded in the audit log), edit with the right, share if the owner. */
export function BriefingPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <Briefing key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
