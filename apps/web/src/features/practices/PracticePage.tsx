import type { MyMembership, PracticeContent, PracticeStep } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import { isConflict } from './conflict.ts';
import { EucpnChecklist } from './EucpnChecklist.tsx';
import { PracticeEditor } from './PracticeEditor.tsx';
import { PracticeHeader } from './PracticeHeader.tsx';
import { PracticeHistory } from './PracticeHistory.tsx';
import { PracticeView } from './PracticeView.tsx';
import { WorkflowPanel } from './WorkflowPanel.tsx';
import './practices.css';

function PracticeScreen({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const practice = useResource(() => api.getPractice(id), `${id}:${membership.orgId}`);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
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
  const remove = () =>
    void action.run(async () => {
      await api.deletePractice(p.id);
      navigate(pathOf({ name: 'practices' }));
      announce(t('practice.deleted'));
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
      <button
        type="button"
        className="button-danger"
        disabled={action.busy}
        onClick={() => setDeleting(true)}
      >
        {t('common.delete')}
      </button>
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
      {deleting && (
        <ConfirmDelete
          question={t('practice.deleteQuestion')}
          confirmLabel={t('practice.deleteConfirm')}
          busy={action.busy}
          onConfirm={remove}
          onCancel={() => setDeleting(false)}
        />
      )}
      {!editing && failure}
      <div className="practice-layout">
        <div className="practice-main">
          {editing && <h2 className="practice-editing-title">{t('practiceEdit.title')}</h2>}
          {editing ? (
            <PracticeEditor
              // A reloaded practice (after a conflict) starts the editor again from its new revision.
              key={p.revision}
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
        </div>
        <aside className="practice-side" aria-label={t('practiceFlow.title')}>
          <EucpnChecklist unmet={p.unmet} />
          <WorkflowPanel practice={p} busy={action.busy} editing={editing} onStep={step} />
          <PracticeHistory entries={p.history} />
        </aside>
      </div>
    </article>
  );
}

/**
 * One practice: every part of the record, its EUCPN criteria and the workflow (submit, send back, publish
 * with a label, withdraw) beside it, its history; its editors edit it, saved on the revision they read.
 */
export function PracticePage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <PracticeScreen key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
