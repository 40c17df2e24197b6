import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { ExercisesTable } from './ExercisesTable.tsx';
import './exercises.css';

function Exercises({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const list = useResource(() => api.listExercises(), membership.orgId);
  const exercises = [...(list.data ?? [])].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return (
    <article className="page" aria-labelledby="exercises-title">
      <header className="page-header">
        <div>
          <h1 id="exercises-title">{t('exercises.title')}</h1>
          <p className="lead">{t('exercises.intro')}</p>
        </div>
        {can(membership, 'exercise.create') && (
          <div className="actions">
            <Link className="button button-primary" to={pathOf({ name: 'exercise-new' })}>
              {t('exercises.new')}
            </Link>
          </div>
        )}
      </header>
      <section className="card" aria-labelledby="exercises-list-title">
        <h2 id="exercises-list-title">{t('exercises.listTitle')}</h2>
        <ErrorMessage error={list.error} />
        {list.loading && !list.data && <p className="loading">{t('app.loading')}</p>}
        {list.data && exercises.length === 0 && <p className="empty">{t('exercises.empty')}</p>}
        {exercises.length > 0 && (
          <ExercisesTable exercises={exercises} caption={t('exercises.caption', { org: membership.orgName })} />
        )}
      </section>
    </article>
  );
}

/** The exercises the organisation organises or takes part in, with its roles in each. */
export function ExercisesPage() {
  return <RequireOrg>{(m) => <Exercises key={m.orgId} membership={m} />}</RequireOrg>;
}
