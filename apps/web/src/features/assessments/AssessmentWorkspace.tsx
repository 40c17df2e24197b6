import {
  ASSESSMENT_STEPS,
  type Assessment,
  type AssessmentStep,
  type MyMembership,
} from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { SharingPanel } from '../sharing/SharingPanel.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { AlternativesStep } from './AlternativesStep.tsx';
import { AssessmentStepper } from './AssessmentStepper.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { ExistingMeasuresStep } from './ExistingMeasuresStep.tsx';
import { MeasuresStep } from './MeasuresStep.tsx';
import { PhotosPanel } from './PhotosPanel.tsx';
import { ResultsStep } from './ResultsStep.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { ScenariosStep } from './ScenariosStep.tsx';
import { ScopeStep } from './ScopeStep.tsx';
import { TeamStep } from './TeamStep.tsx';
import { useAutosave, type AssessmentForm } from './useAutosave.ts';
import { isNewer, type RecordNews } from '../../ui/recordNews.ts';
import { useLiveChanges } from '../../ui/useLiveChanges.ts';

/** The steps that show the photos beside them: where a photo of the place helps. */
const PHOTO_STEPS: ReadonlySet<AssessmentStep> = new Set(['scope', 'existing', 'scenarios']);

function StepContent({
  step,
  form,
  readOnly,
  membership,
}: {
  step: AssessmentStep;
  form: AssessmentForm;
  readOnly: boolean;
  membership: MyMembership;
}): ReactNode {
  switch (step) {
    case 'scope':
      return <ScopeStep form={form} readOnly={readOnly} />;
    case 'team':
      return <TeamStep form={form} readOnly={readOnly} />;
    case 'existing':
      return <ExistingMeasuresStep form={form} readOnly={readOnly} />;
    case 'scenarios':
      return <ScenariosStep form={form} readOnly={readOnly} />;
    case 'measures':
      return <MeasuresStep form={form} readOnly={readOnly} />;
    case 'alternatives':
      return <AlternativesStep form={form} readOnly={readOnly} />;
    case 'results':
      return <ResultsStep form={form} readOnly={readOnly} membership={membership} />;
  }
}

/**
 * An assessment being worked on: the guided form one step at a time (opened at the step stored last), the
 * stepper to jump between steps, Back and Next; every change saved as the user goes, with its status; the
 * comments of each step and the photos; news of changes made by others; deletion by the owner.
 */
export function AssessmentWorkspace({
  initial,
  membership,
}: {
  initial: Assessment;
  membership: MyMembership;
}) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const canEdit = can(membership, 'record.edit', initial.access);
  const isOwner = can(membership, 'record.delete', initial.access);
  const form = useAutosave(initial, !canEdit);
  const [step, setStep] = useState<AssessmentStep>(initial.step);
  const [moved, setMoved] = useState(false);
  const [news, setNews] = useState<'changed' | 'deleted' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reloading = useAction();
  const deleting = useAction();
  const a = form.assessment;
  const at = ASSESSMENT_STEPS.indexOf(step);
  const previous = ASSESSMENT_STEPS[at - 1];
  const next = ASSESSMENT_STEPS[at + 1];

  const go = (to: AssessmentStep) => {
    setStep(to);
    setMoved(true);
    void form.saveStep(to);
  };
  // Moving to another step puts the focus on its heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (!moved) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [step, moved]);

  const { reset } = form;
  const reload = useCallback(
    () =>
      reloading.run(async () => {
        reset(await api.getAssessment(initial.id));
        setNews(null);
      }),
    [reloading, reset, initial.id],
  );
  const { settled, known, hasUnsaved } = form;
  useLiveChanges(
    `record:assessment:${initial.id}`,
    useCallback(
      (n: RecordNews) => {
        if (n.change === 'deleted') {
          setNews('deleted');
          return;
        }
        // Once the page's own saves are answered, news of a later version is someone else's change.
        void settled().then(() => {
          if (!isNewer(n, known())) return;
          if (hasUnsaved()) setNews('changed');
          else void reload().then(() => announce(t('live.reloaded')));
        });
      },
      [settled, known, hasUnsaved, reload, announce, t],
    ),
    // Saved by someone else between this page's load and its following the channel: no news will say so.
    useCallback(() => {
      void settled().then(async () => {
        const now = await api.getAssessment(initial.id).catch(() => null);
        if (!now || !isNewer({ change: 'updated', revision: now.revision, at: now.updatedAt }, known())) return;
        if (hasUnsaved()) setNews('changed');
        else reset(now);
      });
    }, [settled, known, hasUnsaved, reset, initial.id]),
  );

  const back = (
    <p>
      <Link to={pathOf({ name: 'assessments' })}>← {t('assessment.back')}</Link>
    </p>
  );
  return (
    <article
      className="page assessment-page"
      aria-labelledby="assessment-title"
      data-testid="assessment"
      data-step={step}
    >
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t('assessment.sensitive', { org: a.ownerOrgName })}</p>
          <h1 id="assessment-title">{form.draft.title || a.title}</h1>
          <p className="meta">
            {t('assessment.ofSite')} <Link to={pathOf({ name: 'site', id: a.siteId })}>{a.siteName}</Link>
          </p>
          <p className="meta">
            {t('assessment.meta', {
              version: a.version,
              status: t(`assessmentStatus.${a.status}`),
              date: formatDate(a.updatedAt, 'date-time'),
            })}
          </p>
        </div>
        {isOwner && !confirming && (
          <div className="toolbar">
            <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
              {t('assessment.delete')}
            </button>
          </div>
        )}
      </header>
      {confirming && (
        <ConfirmDelete
          question={t('assessment.deleteQuestion', { title: a.title, version: a.version })}
          confirmLabel={t('assessment.delete')}
          busy={deleting.busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void deleting.run(async () => {
              await api.deleteAssessment(a.id);
              navigate(pathOf({ name: 'assessments' }));
              announce(t('assessment.deleted'));
            })
          }
        />
      )}
      <ErrorMessage error={deleting.error ?? reloading.error} />
      {!canEdit && <p className="notice">{t('assessment.readOnly')}</p>}
      {canEdit && (
        <SaveStatus state={form.state} onRetry={() => void form.flush()} onReload={() => void reload()} />
      )}
      {news && (
        <div className="notice" role="alert" data-testid="live-news">
          <p>{t(news === 'deleted' ? 'live.deleted' : 'live.changed')}</p>
          {news === 'changed' && (
            <button type="button" onClick={() => void reload()} disabled={reloading.busy}>
              {t('save.reload')}
            </button>
          )}
        </div>
      )}
      <AssessmentStepper current={step} onChoose={go} />
      {/* The results need the whole width: their comments go below them. */}
      <div className={step === 'results' ? 'assessment-layout assessment-layout-full' : 'assessment-layout'}>
        <section
          className="card assessment-step"
          aria-labelledby="step-title"
          data-testid="assessment-step"
          data-step={step}
        >
          <h2 id="step-title" ref={heading} tabIndex={-1}>
            {t(`assessmentStep.${step}`)}
          </h2>
          <p className="hint">{t(`stepIntro.${step}`)}</p>
          <StepContent step={step} form={form} readOnly={!canEdit} membership={membership} />
          <div className="step-nav">
            {previous && (
              <button type="button" onClick={() => go(previous)}>
                ← {t('assessment.previous', { step: t(`assessmentStep.${previous}`) })}
              </button>
            )}
            {next && (
              <button type="button" className="button-primary" onClick={() => go(next)}>
                {t('assessment.next', { step: t(`assessmentStep.${next}`) })} →
              </button>
            )}
          </div>
        </section>
        <aside className="assessment-aside">
          <CommentsPanel form={form} step={step} canComment={canEdit} />
          {PHOTO_STEPS.has(step) && <PhotosPanel form={form} canEdit={canEdit} />}
        </aside>
      </div>
      {/* Only the owner organisation shares; each version on its own. */}
      {can(membership, 'record.share', a.access) && (
        <>
          <SharingPanel kind="assessment" recordId={a.id} ownerOrgId={a.ownerOrgId} />
          {a.parentId && <p className="hint">{t('assessment.versionUnshared')}</p>}
        </>
      )}
    </article>
  );
}
