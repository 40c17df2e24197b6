import type { Report } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** The reports received, latest first as the API gives them: when, what, its status, where, whether public. */
export function ReportsTable({ reports }: { reports: readonly Report[] }) {
  const { t, formatDate } = useI18n();
  return (
    <TableScroll rows={reports.length}>
      <table className="table" data-testid="citizen-reports">
        <caption className="visually-hidden">{t('citizens.reports.caption')}</caption>
        <TableHead
          columns={[
            { label: 'citizens.col.report' },
            { label: 'citizens.col.received' },
            { label: 'citizens.col.status' },
            { label: 'citizens.col.place' },
            { label: 'citizens.col.published' },
          ]}
        />
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} data-request-id={r.requestId} data-category={r.category}>
              <th scope="row">
                <Link to={pathOf({ name: 'citizen-report', id: r.id })}>
                  {t('citizens.reports.open', {
                    category: t(`reportCategory.${r.category}`),
                    id: r.requestId,
                  })}
                </Link>
              </th>
              <td>{formatDate(r.requestedAt, 'date-time')}</td>
              <td>
                <StatusBadge status={r.status} />
              </td>
              <td>{r.address || (r.location ? `${r.location[1]}, ${r.location[0]}` : t('common.none'))}</td>
              <td>{r.published ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
