import type { Course } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { languageLabel } from '../practices/languages.ts';
import { courseDays, hoursText, percent } from './courseFacts.ts';
import { CoursePlaces } from './CoursePlaces.tsx';

/** The facts of a course at a glance: days, hours, languages, places, enrolment and certificate. */
export function CourseFacts({ course: c }: { course: Course }) {
  const { t, locale, formatDate } = useI18n();
  return (
    <dl className="course-facts" data-testid="course-facts">
      <dt>{t('course.dates')}</dt>
      <dd>
        <time dateTime={c.startsAt}>{courseDays(c.startsAt, c.endsAt, locale)}</time>
      </dd>
      <dt>{t('course.hours')}</dt>
      <dd>{hoursText(c.hours, locale)}</dd>
      <dt>{t('course.languages')}</dt>
      <dd>{c.languages.map((l) => languageLabel(l, locale)).join(', ')}</dd>
      <dt>{t('course.places')}</dt>
      <CoursePlaces course={c} as="dd" />
      <dt>{t('course.enrolment')}</dt>
      <dd data-testid="course-enrolment" data-open={c.enrolmentOpen}>
        {!c.enrolmentOpen
          ? t('course.enrolmentClosed')
          : c.enrolmentCloses
            ? t('course.enrolmentUntil', { when: formatDate(c.enrolmentCloses, 'date-time') })
            : t('course.enrolmentUntilStart')}
      </dd>
      <dt>{t('course.certificate')}</dt>
      <dd>
        {c.certificate
          ? t('course.certificateRule', { share: percent(c.attendanceRequired / 100, locale) })
          : t('course.noCertificate')}
      </dd>
    </dl>
  );
}
