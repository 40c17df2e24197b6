import type { Alert } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { UnsavedDraft } from './draftSaver.ts';
import type { WorkflowOffer } from './workflow.ts';

interface Props {
  readonly alert: Alert;
  readonly offer: WorkflowOffer;
  /** Runs a step after the draft's waiting changes are saved; the alert it answers is shown. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T>;
}

type Open = 'reject' | 'update' | 'cancel' | 'delete' | null;

/**
 * The steps of an alert's life its reader may take now: submit a draft, approve or reject a pending one
 * (never the author: four eyes, and the page says so), start an update or a cancellation of a published
 * one (a new draft, opened at once), acknowledge a Restricted one sent to the reader's organisation, delete
 * a draft; and the message itself: the CAP XML, the EU-Alert request, the public address.
 */
export function AlertWorkflow({ alert, offer, run }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const step = (work: () => Promise<unknown>, done: string) =>
    void action.run(async () => {
      await run(work);
      setOpen(null);
      announce(done);
    });
  const followUp = (start: (alertId: string) => Promise<Alert>) =>
    void action.run(async () => {
      const draft = await start(alert.id);
      navigate(pathOf({ name: 'alert', id: draft.id }));
      announce(t('workflow.started'));
    });
  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) step(() => api.rejectAlert(alert.id, reason.trim()), t('workflow.rejected'));
  };
  const anyStep = offer.submit || offer.approve !== 'no' || offer.update || offer.acknowledge || offer.delete;

  return (
    <section className="card workflow" aria-labelledby={`${id}-title`} data-testid="workflow">
      <h2 id={`${id}-title`}>{t('workflow.title')}</h2>
      {anyStep && (
        <div className="toolbar">
          {offer.submit && (
            <button
              type="button"
              className="button-primary"
              disabled={action.busy}
              aria-describedby={`${id}-submit-hint`}
              onClick={() => step(() => api.submitAlert(alert.id), t('workflow.submitted'))}
            >
              {t('workflow.submit')}
            </button>
          )}
          {offer.approve === 'yes' && (
            <button
              type="button"
              className="button-primary"
              disabled={action.busy}
              onClick={() => step(() => api.approveAlert(alert.id), t('workflow.approved'))}
            >
              {t('workflow.approve')}
            </button>
          )}
          {offer.reject && (
            <button type="button" disabled={action.busy} aria-expanded={open === 'reject'} onClick={() => setOpen('reject')}>
              {t('workflow.reject')}
            </button>
          )}
          {offer.update && (
            <button type="button" disabled={action.busy} aria-expanded={open === 'update'} onClick={() => setOpen('update')}>
              {t('workflow.update')}
            </button>
          )}
          {offer.cancel && (
            <button type="button" className="button-danger" disabled={action.busy} aria-expanded={open === 'cancel'} onClick={() => setOpen('cancel')}>
              {t('workflow.cancel')}
            </button>
          )}
          {offer.acknowledge && (
            <button
              type="button"
              className="button-primary"
              disabled={action.busy}
              onClick={() => step(() => api.acknowledgeAlert(alert.id), t('workflow.acknowledged'))}
            >
              {t('workflow.acknowledge')}
            </button>
          )}
          {offer.delete && (
            <button type="button" className="button-danger" disabled={action.busy} onClick={() => setOpen('delete')}>
              {t('alert.delete')}
            </button>
          )}
        </div>
      )}
      {offer.submit && (
        <p className="hint" id={`${id}-submit-hint`}>
          {t('workflow.submitHint')}
        </p>
      )}
      {offer.approve === 'author' && (
        <p className="notice" data-testid="author-cannot-approve">
          {t('workflow.authorCannotApprove')}
        </p>
      )}
      {offer.acknowledge && <p className="hint">{t('workflow.acknowledgeHint', { org: alert.ownerOrgName })}</p>}
      {open === 'reject' && (
        <form className="form workflow-panel" onSubmit={reject} aria-label={t('workflow.reject')}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('workflow.rejectReason')}</label>
            <textarea id={`${id}-reason`} rows={3} maxLength={2_000} required value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" className="button-danger" disabled={action.busy || !reason.trim()}>
              {t('workflow.rejectSend')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('workflow.back')}
            </button>
          </div>
        </form>
      )}
      {(open === 'update' || open === 'cancel') && (
        <div className="workflow-panel" role="group" aria-labelledby={`${id}-follow-up`} data-testid={`start-${open}`}>
          <h3 id={`${id}-follow-up`}>{t(open === 'update' ? 'workflow.updateTitle' : 'workflow.cancelTitle')}</h3>
          <p>{t(open === 'update' ? 'workflow.updateHint' : 'workflow.cancelHint')}</p>
          <div className="actions">
            <button
              type="button"
              className={open === 'cancel' ? 'button-danger' : 'button-primary'}
              disabled={action.busy}
              onClick={() => followUp(open === 'update' ? api.startAlertUpdate : api.startAlertCancel)}
            >
              {t(open === 'update' ? 'workflow.updateStart' : 'workflow.cancelStart')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('workflow.back')}
            </button>
          </div>
        </div>
      )}
      {open === 'delete' && (
        <ConfirmDelete
          question={t('alert.deleteQuestion')}
          confirmLabel={t('alert.delete')}
          busy={action.busy}
          onCancel={() => setOpen(null)}
          onConfirm={() =>
            void action.run(async () => {
              await run(() => api.deleteAlert(alert.id));
              navigate(pathOf({ name: 'alerts' }));
              announce(t('alert.deleted'));
            })
          }
        />
      )}
      {action.error instanceof UnsavedDraft ? (
        <p className="error" role="alert">
          {t('alert.unsavedFirst')}
        </p>
      ) : (
        <ErrorMessage error={action.error} />
      )}
      <ul className="plain-list workflow-links">
        <li>
          <a href={api.alertXmlPath(alert.id)} type="application/cap+xml" data-testid="cap-xml-link">
            {t('workflow.xml')}
          </a>
        </li>
        <li>
          <a href={api.alertXmlPath(alert.id, 'eu-alert')} type="application/cap+xml" data-testid="eu-alert-link">
            {t('workflow.euAlert')}
          </a>
        </li>
        {alert.publicUrl && (
          <li>
            <a href={alert.publicUrl} data-testid="public-url">
              {t('workflow.publicUrl')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
