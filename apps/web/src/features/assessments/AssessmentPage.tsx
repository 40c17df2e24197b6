import type { MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { AssessmentWorkspace } from './AssessmentWorkspace.tsx';
import './assessments.css';

function AssessmentLoader({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const record = useResource(() => api.getAssessment(id), `${id}:${membership.orgId}`);
  if (record.error || !record.data)
    return (
      <LoadingOrError
        back={
          <p>
            <Link to={pathOf({ name: 'assessments' })}>← {t('assessment.back')}</Link>
          </p>
        }
        error={record.error}
      />
    );
  return <AssessmentWorkspace key={record.data.id} initial={record.data} membership={membership} />;
}

/** A vulnerability assessment: read (recorded in the audit log), and with the right, worked on step by step. */
export function AssessmentPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <AssessmentLoader key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
