import type { CourseSession } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { sessionWhen } from './courseFacts.ts';

/** The sessions of a course in time order: title, day and hours in the reader's language and time zone, place. */
export function SessionsTable({ sessions }: { sessions: readonly CourseSession[] }) {
  const { t, locale } = useI18n();
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <TableScroll rows={sorted.length}>
      <table className="table" data-testid="sessions">
        <TableHead
          columns={[{ label: 'course.session' }, { label: 'course.when' }, { label: 'course.place' }]}
        />
        <tbody>
          {sorted.map((s) => (
            <tr key={s.id} data-session-id={s.id}>
              <th scope="row">{s.title}</th>
              <td>
                <time dateTime={s.startsAt}>{sessionWhen(s.startsAt, s.endsAt, locale)}</time>
              </td>
              <td>{s.place || t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
