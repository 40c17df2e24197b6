import type { Course } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CourseFacts } from './CourseFacts.tsx';
import { CurriculumTable } from './CurriculumTable.tsx';
import { LinkedActivity } from './LinkedActivity.tsx';
import { SessionsTable } from './SessionsTable.tsx';

/** What a course is: its facts, description, curriculum, trainers, sessions and calendar activity. */
export function CourseView({ course: c }: { course: Course }) {
  const { t } = useI18n();
  return (
    <>
      <section className="card" aria-label={t('course.description')}>
        <CourseFacts course={c} />
        {c.description && <p className="course-description">{c.description}</p>}
      </section>
      <section aria-labelledby="course-sessions-title">
        <h2 id="course-sessions-title">{t('course.sessions')}</h2>
        <SessionsTable sessions={c.sessions} />
      </section>
      <section aria-labelledby="course-curriculum-title">
        <h2 id="course-curriculum-title">{t('course.curriculum')}</h2>
        <CurriculumTable items={c.curriculum} hours={c.hours} />
      </section>
      <section aria-labelledby="course-trainers-title">
        <h2 id="course-trainers-title">{t('course.trainers')}</h2>
        {c.trainers.length === 0 ? (
          <p className="empty">{t('course.trainersNone')}</p>
        ) : (
          <ul className="course-trainers" data-testid="trainers">
            {c.trainers.map((trainer, i) => (
              <li key={i}>
                <strong>{trainer.name}</strong>
                {trainer.organisation && <>, {trainer.organisation}</>}
                {trainer.expertise && <span className="hint"> — {trainer.expertise}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <LinkedActivity course={c} />
    </>
  );
}
