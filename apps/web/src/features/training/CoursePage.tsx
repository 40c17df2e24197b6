import type { Course, CourseParticipant, MyMembership, SaveCourseInput } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useRecordDeletion } from '../../ui/useRecordDeletion.tsx';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { AttendanceTable } from './AttendanceTable.tsx';
import { CourseEditor } from './CourseEditor.tsx';
import { CourseStageChip } from './CourseStageChip.tsx';
import { CourseView } from './CourseView.tsx';
import { EnrolmentPanel } from './EnrolmentPanel.tsx';
import './training.css';

function CourseScreen({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const course = useResource(() => api.getCourse(id), `${id}:${membership.orgId}`);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const deletion = useRecordDeletion({
    action,
    remove: () => api.deleteCourse(id),
    then: pathOf({ name: 'courses' }),
    words: { question: 'course.deleteQuestion', confirm: 'course.deleteConfirm', done: 'course.deleted' },
  });
  const back = (
    <p>
      <Link to={pathOf({ name: 'courses' })}>← {t('course.back')}</Link>
    </p>
  );
  if (course.error || !course.data) return <LoadingOrError back={back} error={course.error} />;
  const c = course.data;
  const replace = (next: Course) => course.setData(() => next);

  const save = (body: SaveCourseInput) =>
    void action.run(async () => {
      replace(await api.updateCourse(c.id, body));
      setEditing(false);
      announce(t('course.saved'));
    });
  const withdraw = (p: CourseParticipant) =>
    void action.run(async () => {
      replace(await api.withdrawFromCourse(c.id, p.id));
      announce(t('enrolment.withdrawn', { name: p.name }));
    });

  return (
    <article className="page" data-testid="course-page" data-stage={c.stage} aria-labelledby="course-title">
      {back}
      <header className="page-header">
        <div>
          <p className="meta">
            <CourseStageChip stage={c.stage} /> <span className="tag">{t(`courseTheme.${c.theme}`)}</span>
            {!c.public && <span className="tag">{t('training.membersOnly')}</span>}
          </p>
          <h1 id="course-title">{c.title}</h1>
          <p className="meta">
            {t('course.network', { network: c.networkName })} ·{' '}
            {t('training.by', { org: c.organiserOrgName })}
          </p>
        </div>
        {c.canManage && !editing && (
          <div className="toolbar">
            <button
              type="button"
              onClick={() => {
                action.clear();
                setEditing(true);
              }}
            >
              {t('common.edit')}
            </button>
            {deletion.button}
          </div>
        )}
      </header>
      {deletion.confirmation}
      {editing ? (
        <CourseEditor
          course={c}
          network={c.networkSlug}
          busy={action.busy}
          error={action.error}
          submitLabel="courseEdit.save"
          onSave={save}
          onCancel={() => {
            action.clear();
            setEditing(false);
          }}
        />
      ) : (
        <>
          <ErrorMessage error={action.error} />
          <CourseView course={c} />
          <EnrolmentPanel
            course={c}
            membership={membership}
            busy={action.busy}
            onChanged={replace}
            onWithdraw={withdraw}
          />
          {c.canManage && (
            <AttendanceTable
              course={c}
              busy={action.busy}
              onChange={(update) => course.setData((current) => (current ? update(current) : current))}
              onWithdraw={c.stage === 'ended' ? undefined : withdraw}
            />
          )}
        </>
      )}
    </article>
  );
}

/**
 * One course: what it teaches, when and where; enrolment for the reader's organisation; for its organisers,
 * the editor and the attendance grid; certificates for those who earned them.
 */
export function CoursePage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <CourseScreen key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
