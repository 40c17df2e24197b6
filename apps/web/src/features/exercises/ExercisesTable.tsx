import type { ExerciseSummary } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { ExerciseStatusChip } from './ExerciseStatusChip.tsx';
import { RoleList } from './RoleList.tsx';

/** Exercises: name and type, where they stand, dates, organiser, and the reader's roles in them. */
export function ExercisesTable({ exercises, caption }: { exercises: readonly ExerciseSummary[]; caption: string }) {
  const { t, formatDate } = useI18n();
  return (
    <TableScroll rows={exercises.length}>
      <table className="table" data-testid="exercises">
        <caption>{caption}</caption>
        <TableHead
          columns={[
            { label: 'exercises.col.name' },
            { label: 'exercises.col.status' },
            { label: 'exercises.col.dates' },
            { label: 'exercises.col.organiser' },
            { label: 'exercises.col.roles' },
          ]}
        />
        <tbody>
          {exercises.map((x) => (
            <tr key={x.id} data-testid="exercise-row" data-exercise-id={x.id} data-status={x.status}>
              <th scope="row">
                <Link to={pathOf({ name: 'exercise', id: x.id })}>{x.name}</Link>
                <span className="meta-line">{t(`exerciseType.${x.type}`)}</span>
              </th>
              <td>
                <ExerciseStatusChip status={x.status} />
              </td>
              <td className="nowrap">
                {formatDate(x.startsAt, 'date-time')}
                <span className="meta-line">{t('exercises.until', { date: formatDate(x.endsAt, 'date-time') })}</span>
              </td>
              <td>{x.ownerName}</td>
              <td>
                <RoleList roles={x.myRoles} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
