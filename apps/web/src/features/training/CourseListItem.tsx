import type { Course } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { courseDays } from './courseFacts.ts';
import { CoursePlaces } from './CoursePlaces.tsx';
import { CourseStageChip } from './CourseStageChip.tsx';

/**
 * One course of the list: its stage and theme, its title (the way to its page), its network and organiser,
 * its days in the reader's language and the places left.
 */
export function CourseListItem({ course: c }: { course: Course }) {
  const { t, locale } = useI18n();
  return (
    <li data-testid="course" data-course-id={c.id} data-stage={c.stage}>
      <p className="meta">
        <CourseStageChip stage={c.stage} />{' '}
        <span className="tag" data-testid="course-theme" data-theme={c.theme}>
          {t(`courseTheme.${c.theme}`)}
        </span>
        {!c.public && <span className="tag">{t('training.membersOnly')}</span>}
      </p>
      <h3>
        <Link to={pathOf({ name: 'course', id: c.id })}>{c.title}</Link>
      </h3>
      <p className="meta">
        {c.networkName} · {t('training.by', { org: c.organiserOrgName })}
      </p>
      <p>
        <time dateTime={c.startsAt} data-testid="course-days">
          {courseDays(c.startsAt, c.endsAt, locale)}
        </time>
        {' · '}
        <CoursePlaces course={c} as="span" />
      </p>
    </li>
  );
}
