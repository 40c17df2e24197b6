import type { MyMembership, PracticeContent, PracticeStep } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useRecordDeletion } from '../../ui/useRecordDeletion.tsx';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import { isConflict } from './conflict.ts';
import { EucpnChecklist } from './EucpnChecklist.tsx';
import { PracticeDocuments } from './PracticeDocuments.tsx';
import { PracticeEditor } from './PracticeEditor.tsx';
import { PracticeHeader } from './PracticeHeader.tsx';
import { PracticeHistory } from './PracticeHistory.tsx';
import { PracticeView } from './PracticeView.tsx';
import { WorkflowPanel } from './WorkflowPanel.tsx';
import './practices.css';

/** The practice; `membership` is null for a reader without an account, who reads a public practice. */
function PracticeScreen({ id, membership }: { id: string; membership: MyMembership | null }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const practice = useResource(() => api.getPractice(id), `${id}:${membership?.orgId ?? 'public'}`);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const deletion = useRecordDeletion({
    action,
    remove: () => api.deletePractice(id),
    then: pathOf({ name: 'practices' }),
    words: {
      question: 'practice.deleteQuestion',
      confirm: 'practice.deleteConfirm',
      done: 'practice.deleted',
    },
  });
  const back = (
    <p>
      <Link to={pathOf({ name: 'practices' })}>← {t('practice.back')}</Link>
    </p>
  );
  if (practice.error || !practice.data) return <LoadingOrError back={back} error={practice.error} />;
  const p = practice.data;

  const save = (content: PracticeContent) =>
    void action.run(async () => {
      const saved = await api.updatePractice(p.id, { revision: p.revision, content });
      practice.setData(() => saved);
      setEditing(false);
      announce(t('practice.saved'));
    });
  const step = (body: PracticeStep, done: MessageKey) =>
    void action.run(async () => {
      const next = await api.stepPractice(p.id, body);
      practice.setData(() => next);
      announce(t(done));
    });
  const reload = () => {
    action.clear();
    practice.reload();
  };

  const failure = isConflict(action.error) ? (
    <ConflictNotice onReload={reload} />
  ) : (
    <ErrorMessage error={action.error} />
  );
  // A practice changes as a draft: under review or published, it is returned or unpublished first.
  const tools = p.canEdit && !editing && (
    <div className="toolbar">
      {p.state === 'draft' && (
        <button type="button" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </button>
      )}
      {deletion.button}
    </div>
  );

  return (
    <article
      className="page practice-page"
      data-testid="practice"
      data-state={p.state}
      aria-labelledby="practice-title"
    >
      {back}
      <PracticeHeader practice={p} tools={tools} />
      {deletion.confirmation}
      {!editing && failure}
      <div className="side-layout">
        <div className="practice-main">
          {editing && <h2 className="practice-editing-title">{t('practiceEdit.title')}</h2>}
          {editing ? (
            <PracticeEditor
              // A reloaded practice (after a conflict) starts the editor again from its new revision.
              key={p.revision}
              practiceId={p.id}
              initial={p.content}
              ownerOrgId={p.ownerOrgId}
              busy={action.busy}
              submitLabel="practiceEdit.save"
              onSave={save}
              onCancel={() => {
                action.clear();
                setEditing(false);
              }}
              failure={failure}
            />
          ) : (
            <PracticeView practice={p} />
          )}
          {!editing && <PracticeDocuments practice={p} onChange={(next) => practice.setData(() => next)} />}
        </div>
        <aside className="side-panels" aria-label={t('practiceFlow.title')}>
          <EucpnChecklist unmet={p.unmet} />
          {membership && (
            <>
              <WorkflowPanel practice={p} busy={action.busy} editing={editing} onStep={step} />
              <PracticeHistory entries={p.history} />
            </>
          )}
        </aside>
      </div>
    </article>
  );
}

/**
 * One practice: every part of the record, its EUCPN criteria and the workflow (submit, send back, publish
 * with a label, withdraw) beside it, its history; its editors edit it, saved on the revision they read.
 * Without an account, a public practice as read: no workflow, no history.
 */
export function PracticePage({ id }: { id: string }) {
  const { session } = useSession();
  if (!session) return <PracticeScreen id={id} membership={null} />;
  return <RequireOrg>{(m) => <PracticeScreen key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
