import type { Course, CourseParticipant } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { percent } from './courseFacts.ts';
import { ParticipantEndCells } from './ParticipantEndCells.tsx';

interface Props {
  readonly course: Course;
  readonly participants: readonly CourseParticipant[];
  /** Withdraws a participant; absent when the reader may not. */
  readonly onWithdraw?: ((participant: CourseParticipant) => void) | undefined;
  readonly busy: boolean;
}

/** The people an organisation enrolled: name, rank or function, attendance, certificate, and the way to withdraw them. */
export function ParticipantRows({ course, participants, onWithdraw, busy }: Props) {
  const { t, locale } = useI18n();
  return (
    <TableScroll rows={participants.length}>
      <table className="table" data-testid="my-participants">
        <TableHead
          columns={[
            { label: 'participants.name' },
            { label: 'participants.function' },
            { label: 'participants.attendance', numeric: true },
            { label: 'participants.certificate' },
            onWithdraw !== undefined && { label: 'participants.actions', hidden: true },
          ]}
        />
        <tbody>
          {participants.map((p) => (
            <tr key={p.id} data-testid="participant" data-participant-id={p.id} data-certified={p.certified}>
              <th scope="row">{p.name}</th>
              <td>{p.function || t('common.none')}</td>
              <td className="numeric">{percent(p.attendance, locale)}</td>
              <ParticipantEndCells course={course} participant={p} onWithdraw={onWithdraw} busy={busy} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
