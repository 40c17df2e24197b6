import type { Course } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { activityDateLabel } from '../network/programme/activityDates.ts';

/** The activity of the network's calendar a course is: its title and dates, and the way to the programme. */
export function LinkedActivity({
  course,
}: {
  course: Pick<Course, 'activityId' | 'networkSlug' | 'networkName'>;
}) {
  const { t, locale } = useI18n();
  const { activityId, networkSlug } = course;
  const activities = useResource(() => api.listActivities(networkSlug), `${networkSlug}:${activityId ?? ''}`);
  if (!activityId || activities.error) return null;
  if (!activities.data) return <p className="loading">{t('app.loading')}</p>;
  const activity = activities.data.find((a) => a.id === activityId);
  return (
    <section aria-labelledby="course-activity-title" data-testid="course-activity">
      <h2 id="course-activity-title">{t('course.activity')}</h2>
      {activity ? (
        <p>
          <strong>{activity.title}</strong> ·{' '}
          <time dateTime={activity.startsOn}>{activityDateLabel(activity, locale)}</time>
          {' · '}
          <Link to={pathOf({ name: 'network', slug: networkSlug })}>
            {t('course.activityLink', { network: course.networkName })}
          </Link>
        </p>
      ) : (
        <p className="hint">{t('course.activityMissing')}</p>
      )}
    </section>
  );
}
