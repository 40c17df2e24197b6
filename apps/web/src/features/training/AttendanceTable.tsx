import type { Course, CourseParticipant } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { attendanceGrid, cellKey, withRowFrom } from './attendanceGrid.ts';
import { percent } from './courseFacts.ts';
import { ParticipantEndCells } from './ParticipantEndCells.tsx';

interface Props {
  readonly course: Course;
  /** Applies a change to the course as shown (the row of a participant whose attendance was recorded). */
  readonly onChange: (update: (current: Course) => Course) => void;
  readonly busy: boolean;
  /** Withdraws a participant; absent once the course is over. */
  readonly onWithdraw?: ((participant: CourseParticipant) => void) | undefined;
}

/**
 * The organisers' attendance grid: every participant against every session, a tick box per session once it
 * has started; each tick is recorded at once and the participant's row (share attended, certificate) comes
 * back from the server.
 */
export function AttendanceTable({ course, onChange, busy, onWithdraw }: Props) {
  const { t, locale, formatCount, formatDate } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  // The cells being recorded, with the state asked for, shown until the server answers.
  const [sending, setSending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const grid = attendanceGrid(course, new Date());

  const mark = async (participant: CourseParticipant, sessionId: string, present: boolean) => {
    const key = cellKey(participant.id, sessionId);
    setSending((s) => new Map(s).set(key, present));
    const answer = await action.run(() =>
      api.markAttendance(course.id, { participantId: participant.id, sessionId, present }),
    );
    setSending((s) => {
      const next = new Map(s);
      next.delete(key);
      return next;
    });
    if (!answer) return;
    onChange((current) => withRowFrom(current, answer, participant.id));
    announce(t('attendance.saved', { name: participant.name }));
  };

  return (
    <section aria-labelledby="attendance-title" data-testid="attendance">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      <p className="hint">{t('attendance.hint')}</p>
      <ErrorMessage error={action.error} />
      {grid.rows.length === 0 ? (
        <p className="empty">{t('attendance.none')}</p>
      ) : (
        <TableScroll rows={grid.rows.length}>
          <table className="table table-dense attendance-grid" data-testid="attendance-grid">
            <thead>
              <tr>
                <th scope="col">{t('participants.name')}</th>
                <th scope="col">{t('participants.organisation')}</th>
                {grid.sessions.map((s) => (
                  <th scope="col" key={s.id} data-session-id={s.id}>
                    {s.title}
                    <small>{formatDate(s.startsAt)}</small>
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('participants.attendance')}
                </th>
                <th scope="col">{t('participants.certificate')}</th>
                {onWithdraw && (
                  <th scope="col">
                    <span className="visually-hidden">{t('participants.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map(({ participant: p, present }) => (
                <tr
                  key={p.id}
                  data-testid="attendance-row"
                  data-participant-id={p.id}
                  data-certified={p.certified}
                >
                  <th scope="row">
                    {p.name}
                    {p.function && <small className="hint"> — {p.function}</small>}
                  </th>
                  <td>{p.orgName}</td>
                  {grid.sessions.map((s, i) => {
                    const key = cellKey(p.id, s.id);
                    const pending = sending.get(key);
                    return (
                      <td key={s.id} className="attendance-cell">
                        <input
                          type="checkbox"
                          data-session-id={s.id}
                          checked={pending ?? present[i] ?? false}
                          disabled={!s.started || pending !== undefined}
                          title={s.started ? undefined : t('attendance.notStarted')}
                          aria-label={t('attendance.present', { name: p.name, session: s.title })}
                          onChange={(e) => void mark(p, s.id, e.target.checked)}
                        />
                      </td>
                    );
                  })}
                  <td className="numeric" data-testid="attendance-share">
                    {percent(p.attendance, locale)}
                  </td>
                  <ParticipantEndCells course={course} participant={p} onWithdraw={onWithdraw} busy={busy} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('attendance.count')}
                </th>
                {grid.presentPerSession.map((n, i) => (
                  <td key={grid.sessions[i]?.id ?? i} className="attendance-cell">
                    {formatCount(n)}
                  </td>
                ))}
                <td colSpan={onWithdraw ? 3 : 2} />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
