import type { CurriculumItem } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { hoursText } from './courseFacts.ts';

/** The curriculum of a course: each topic with its hours and objectives, and the total of hours. */
export function CurriculumTable({ items, hours }: { items: readonly CurriculumItem[]; hours: number }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <p className="empty">{t('course.curriculumNone')}</p>;
  return (
    <TableScroll rows={items.length}>
      <table className="table" data-testid="curriculum">
        <TableHead
          columns={[
            { label: 'course.topic' },
            { label: 'course.topicHours', numeric: true },
            { label: 'course.objectives' },
          ]}
        />
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <th scope="row">{item.title}</th>
              <td className="numeric">{hoursText(item.hours, locale)}</td>
              <td>{item.objectives}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('course.totalHours')}</th>
            <td className="numeric" data-testid="curriculum-total">
              {hoursText(hours, locale)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
