import type { Course, CourseParticipant, MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { enrolmentStanding } from './courseFacts.ts';
import { EnrolForm } from './EnrolForm.tsx';
import { ParticipantRows } from './ParticipantRows.tsx';

interface Props {
  readonly course: Course;
  readonly membership: MyMembership;
  readonly busy: boolean;
  readonly onChanged: (course: Course) => void;
  readonly onWithdraw: (participant: CourseParticipant) => void;
}

/** Why the reader cannot enrol anyone now, in words (null when they can). */
function whyNot(course: Course, membership: MyMembership): MessageKey | null {
  if (course.canEnrol) return null;
  const standing = enrolmentStanding(course);
  if (standing !== 'open') return standing === 'full' ? 'enrolment.full' : 'enrolment.closed';
  return can(membership, 'course.enrol') ? 'enrolment.notMember' : 'enrolment.editorsOnly';
}

/**
 * Enrolment, as the reader's organisation sees it: the form to enrol one of its people while enrolment is
 * open and places remain (or why not), and the people it enrolled, with their attendance, certificates and
 * the way to withdraw them until the course is over.
 */
export function EnrolmentPanel({ course, membership, busy, onChanged, onWithdraw }: Props) {
  const { t } = useI18n();
  const mine = course.participants.filter((p) => p.orgId === membership.orgId);
  const reason = whyNot(course, membership);
  const mayWithdraw = can(membership, 'course.enrol') && course.stage !== 'ended';
  return (
    <section className="card" aria-labelledby="enrolment-title" data-testid="enrolment">
      <h2 id="enrolment-title">{t('enrolment.title')}</h2>
      {reason ? (
        <p className="notice" data-testid="enrolment-why-not" data-reason={reason}>
          {t(reason, { network: course.networkName })}
        </p>
      ) : (
        <EnrolForm course={course} orgName={membership.orgName} onChanged={onChanged} />
      )}
      {(mine.length > 0 || course.canEnrol) && (
        <>
          <h3>{t('enrolment.mine', { org: membership.orgName })}</h3>
          {mine.length === 0 ? (
            <p className="empty">{t('enrolment.mineNone')}</p>
          ) : (
            <ParticipantRows
              course={course}
              participants={mine}
              busy={busy}
              onWithdraw={mayWithdraw ? onWithdraw : undefined}
            />
          )}
        </>
      )}
    </section>
  );
}
