import { CourseTheme, type MyMembership } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { useResource } from '../../ui/useResource.ts';
import { coursesShown, networksOf, themesOf, type CourseFilter } from './courseOrder.ts';
import { CourseListItem } from './CourseListItem.tsx';
import { useManagedNetworks } from './useManagedNetworks.ts';
import './training.css';

function Courses({ membership }: { membership: MyMembership }) {
  const { t, formatCount } = useI18n();
  const courses = useResource(() => api.listCourses(), membership.orgId);
  const managed = useManagedNetworks(membership);
  const [filter, setFilter] = useState<CourseFilter>({ network: '', theme: '' });
  const all = courses.data;
  const shown = useMemo(() => (all ? coursesShown(all, filter) : []), [all, filter]);
  const networks = useMemo(() => networksOf(all ?? []), [all]);
  const themes = useMemo(() => themesOf(all ?? [], CourseTheme.options), [all]);

  return (
    <article className="page" aria-labelledby="training-title">
      <header className="page-header">
        <div>
          <h1 id="training-title">{t('training.title')}</h1>
          <p className="lead">{t('training.intro')}</p>
        </div>
        {(managed.data?.length ?? 0) > 0 && (
          <div className="actions">
            <Link className="button button-primary" to={pathOf({ name: 'course-new' })}>
              {t('training.new')}
            </Link>
          </div>
        )}
      </header>
      <ErrorMessage error={courses.error} />
      {!all && !courses.error && <p className="loading">{t('app.loading')}</p>}
      {all && all.length === 0 && <p className="empty">{t('training.none')}</p>}
      {all && all.length > 0 && (
        <section className="card" aria-labelledby="courses-title" aria-busy={courses.loading}>
          <div className="course-filters form">
            <SelectField
              label="training.filterNetwork"
              options={['', ...networks.map((n) => n.slug)]}
              optionName={(slug) =>
                slug === '' ? t('training.any') : (networks.find((n) => n.slug === slug)?.name ?? slug)
              }
              value={filter.network}
              onChange={(network) => setFilter((f) => ({ ...f, network }))}
            />
            <SelectField
              label="training.filterTheme"
              options={['', ...themes]}
              optionName={(theme) => (theme === '' ? t('training.any') : t(`courseTheme.${theme}`))}
              value={filter.theme}
              onChange={(theme) => setFilter((f) => ({ ...f, theme }))}
            />
          </div>
          <h2 id="courses-title" data-testid="course-count" data-total={shown.length}>
            {t('training.count', { count: formatCount(shown.length) })}
          </h2>
          {shown.length === 0 ? (
            <p className="empty">{t('training.empty')}</p>
          ) : (
            <ul className="home-list" data-testid="courses">
              {shown.map((c) => (
                <CourseListItem key={c.id} course={c} />
              ))}
            </ul>
          )}
        </section>
      )}
    </article>
  );
}

/** The courses and academies of the reader's networks (and the public ones of others), upcoming first. */
export function CoursesPage() {
  return <RequireOrg>{(m) => <Courses key={m.orgId} membership={m} />}</RequireOrg>;
}
