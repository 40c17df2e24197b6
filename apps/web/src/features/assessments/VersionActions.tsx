import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import type { AssessmentForm } from './useAutosave.ts';

/**
 * The status of the assessment and its versions: mark it complete or reopen it, make a new version (a
 * re-assessment), compare it with the version it was made from.
 */
export function VersionActions({ form, membership }: { form: AssessmentForm; membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const a = form.assessment;
  const canEdit = can(membership, 'record.edit', a.access);
  const canVersion = can(membership, 'assessment.version', a.access);
  return (
    <section aria-labelledby="versions-title" data-testid="version-actions">
      <h3 id="versions-title">{t('results.statusTitle')}</h3>
      <p>
        <span className={`badge badge-assessment-${a.status}`} data-testid="assessment-status">
          {t(`assessmentStatus.${a.status}`)}
        </span>
      </p>
      <div className="actions">
        {canEdit && (
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                const next = a.status === 'complete' ? 'draft' : 'complete';
                await form.setStatus(next);
                announce(t(next === 'complete' ? 'results.completed' : 'results.reopened'));
              })
            }
          >
            {a.status === 'complete' ? t('results.reopen') : t('results.complete')}
          </button>
        )}
        {canVersion && (
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                const made = await form.run(() => api.newAssessmentVersion(a.id));
                navigate(pathOf({ name: 'assessment', id: made.id }));
                announce(t('results.newVersionMade', { version: made.version }));
              })
            }
          >
            {t('results.newVersion')}
          </button>
        )}
        {a.parentId !== null && (
          <Link
            to={pathOf({ name: 'assessment-compare', before: [a.parentId], after: [a.id] })}
            data-testid="compare-previous"
          >
            {t('results.compare')}
          </Link>
        )}
      </div>
      {canVersion && <p className="hint">{t('results.newVersionHint')}</p>}
      <ErrorMessage error={action.error} />
    </section>
  );
}
