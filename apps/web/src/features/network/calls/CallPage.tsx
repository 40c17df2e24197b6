import type { Call, SaveCallInput } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { navigate } from '../../../router/history.ts';
import { pathOf } from '../../../router/routes.ts';
import { useSession } from '../../../session/useSession.tsx';
import { Link } from '../../../ui/Link.tsx';
import { LoadingOrError } from '../../../ui/LoadingOrError.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useResource } from '../../../ui/useResource.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { ApplicantPanel } from './ApplicantPanel.tsx';
import { CallDetail } from './CallDetail.tsx';
import { CallForm } from './CallForm.tsx';
import { CallManagement } from './CallManagement.tsx';
import { CallStageChip } from './CallStageChip.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { SelectionPanel } from './SelectionPanel.tsx';
import './calls.css';

/**
 * A network's call for expressions of interest, on a page of its own that anyone may open once it is
 * published: what it asks, and for each reader their part — the application, the reviews, the selection,
 * the keeping of the call — then the decision.
 */
export function CallPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useI18n();
  const { session, activeMembership } = useSession();
  const { announce } = useStatus();
  const orgId = activeMembership?.orgId ?? null;
  const call = useResource(() => api.getCall(slug, id), `${id}:${orgId ?? ''}`);
  const save = useAction();
  const [editing, setEditing] = useState(false);
  const back = (
    <p>
      <Link to={pathOf({ name: 'network', slug })}>
        ← {t('network.calls.page.back', { name: call.data?.networkName ?? slug })}
      </Link>
    </p>
  );
  if (call.error || !call.data) return <LoadingOrError back={back} error={call.error} />;
  const c = call.data;
  const changed = (next: Call) => call.setData(() => next);

  const submit = async (body: SaveCallInput) => {
    const saved = await save.run(() => api.updateCall(slug, c.id, body));
    if (!saved) return;
    changed(saved);
    setEditing(false);
    announce(t('network.calls.page.saved'));
  };
  const deleted = () => {
    announce(t('network.calls.page.deleted'));
    navigate(pathOf({ name: 'network', slug }));
  };

  return (
    <article className="page" aria-labelledby="call-title" data-testid="call-page" data-stage={c.stage}>
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow">{t('network.calls.page.eyebrow', { name: c.networkName })}</p>
          <h1 id="call-title">{c.title}</h1>
          <p>
            <CallStageChip stage={c.stage} />
          </p>
        </div>
      </header>
      {c.stage === 'draft' && <p className="notice">{t('network.calls.page.draftNotice')}</p>}
      {editing ? (
        <CallForm
          call={c}
          busy={save.busy}
          error={save.error}
          onSave={(body) => void submit(body)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <CallDetail call={c} />
          {c.canManage && c.stage !== 'decided' && (
            <CallManagement
              call={c}
              onEdit={() => {
                save.clear();
                setEditing(true);
              }}
              onChanged={changed}
              onDeleted={deleted}
            />
          )}
        </>
      )}
      {c.stage === 'decided' && <DecisionPanel call={c} />}
      <ApplicantPanel call={c} signedIn={session !== null} onChanged={changed} />
      {c.canManage && c.stage === 'closed' && <SelectionPanel call={c} onChanged={changed} />}
      {c.canReview && c.stage !== 'draft' && <ReviewPanel call={c} orgId={orgId} onChanged={changed} />}
    </article>
  );
}
