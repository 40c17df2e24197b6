import type { Course, CourseParticipant } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { CertificateLink } from './CertificateLink.tsx';

interface Props {
  readonly course: Course;
  readonly participant: CourseParticipant;
  /** Withdraws the participant; absent when the reader may not (then no cell). */
  readonly onWithdraw?: ((participant: CourseParticipant) => void) | undefined;
  readonly busy: boolean;
}

/** The last cells of a participant's row: the certificate, then the way to withdraw them when offered. */
export function ParticipantEndCells({ course, participant, onWithdraw, busy }: Props) {
  const { t } = useI18n();
  return (
    <>
      <td>
        <CertificateLink course={course} participant={participant} />
      </td>
      {onWithdraw && (
        <td>
          <RowAction
            text={t('enrolment.withdraw')}
            label={t('enrolment.withdrawLabel', { name: participant.name })}
            busy={busy}
            onClick={() => onWithdraw(participant)}
          />
        </td>
      )}
    </>
  );
}
