import type { AssessmentComparison, MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import './assessments.css';

/** The measures one version has and the other does not. */
function MeasureList({
  title,
  measures,
  testId,
}: {
  title: string;
  measures: readonly string[];
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      {measures.length === 0 ? (
        <p className="empty">{t('assessmentCompare.noneAdded')}</p>
      ) : (
        <ul>
          {measures.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Compare({ before, after, membership }: { before: string; after: string; membership: MyMembership }) {
  const { t } = useI18n();
  const enough = before !== '' && after !== '';
  const compared = useResource<AssessmentComparison | null>(
    () => (enough ? api.compareAssessments(before, after) : Promise.resolve(null)),
    `${before}:${after}:${membership.orgId}`,
  );
  const c = compared.data;
  return (
    <article className="page" aria-labelledby="assessment-compare-title">
      <p>
        {c ? (
          <Link to={pathOf({ name: 'assessment', id: c.after.id })}>← {c.after.title}</Link>
        ) : (
          <Link to={pathOf({ name: 'assessments' })}>← {t('assessment.back')}</Link>
        )}
      </p>
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">
            {t('assessment.sensitive', { org: c?.after.ownerOrgName ?? membership.orgName })}
          </p>
          <h1 id="assessment-compare-title">{t('assessmentCompare.title')}</h1>
          <p className="lead">{t('assessmentCompare.intro')}</p>
        </div>
      </header>
      {!enough && <p className="notice">{t('assessmentCompare.needTwo')}</p>}
      <ErrorMessage error={compared.error} />
      {enough && c === undefined && !compared.error && <p className="loading">{t('app.loading')}</p>}
      {c && (
        <>
          <section className="card" aria-labelledby="compare-versions-title">
            <h2 id="compare-versions-title">
              <Link to={pathOf({ name: 'assessment', id: c.before.id })}>{c.before.title}</Link> →{' '}
              <Link to={pathOf({ name: 'assessment', id: c.after.id })}>{c.after.title}</Link>
            </h2>
            <ComparisonTable comparison={c} />
          </section>
          <section className="card compare-measures">
            <MeasureList
              title={t('assessmentCompare.added')}
              measures={c.measuresAdded}
              testId="measures-added"
            />
            <MeasureList
              title={t('assessmentCompare.removed')}
              measures={c.measuresRemoved}
              testId="measures-removed"
            />
          </section>
        </>
      )}
    </article>
  );
}

/** Two versions of an assessment side by side (`?before=…&after=…`). */
export function AssessmentComparePage({
  before,
  after,
}: {
  before: readonly string[];
  after: readonly string[];
}) {
  return (
    <RequireOrg>
      {(m) => <Compare key={m.orgId} before={before[0] ?? ''} after={after[0] ?? ''} membership={m} />}
    </RequireOrg>
  );
}
