import type { AssessmentSummary } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { RiskBandChip } from './RiskBandChip.tsx';

/** Every assessment the reader may read, every version: title, site, version, status, highest risk, owner. */
export function AssessmentsTable({ assessments }: { assessments: readonly AssessmentSummary[] }) {
  const { t, formatDate, formatCount } = useI18n();
  return (
    <TableScroll rows={assessments.length}>
      <table className="table" data-testid="assessments">
        <caption>{t('assessments.allCaption')}</caption>
        <TableHead
          columns={[
            { label: 'assessments.col.title' },
            { label: 'assessments.col.site' },
            { label: 'assessments.col.version', numeric: true },
            { label: 'assessments.col.status' },
            { label: 'assessments.col.highest' },
            { label: 'assessments.col.scored', numeric: true },
            { label: 'assessments.col.owner' },
            { label: 'assessments.col.updated' },
          ]}
        />
        <tbody>
          {assessments.map((a) => (
            <tr key={a.id} data-assessment-id={a.id}>
              <th scope="row">
                <Link to={pathOf({ name: 'assessment', id: a.id })}>{a.title}</Link>
              </th>
              <td>{a.siteName}</td>
              <td className="numeric">{a.version}</td>
              <td>
                <span className={`badge badge-assessment-${a.status}`}>
                  {t(`assessmentStatus.${a.status}`)}
                </span>
              </td>
              <td>
                {a.headline.highestRisk !== null && a.headline.highestBand !== null ? (
                  <RiskBandChip band={a.headline.highestBand} risk={a.headline.highestRisk} />
                ) : (
                  <span className="meta">{t('assessments.unscored')}</span>
                )}
              </td>
              <td className="numeric">{formatCount(a.headline.scored)}</td>
              <td>
                {a.ownerOrgName}
                {a.access !== 'owner' && (
                  <span className={`badge badge-access-${a.access}`}>{t(`access.${a.access}`)}</span>
                )}
              </td>
              <td className="nowrap">{formatDate(a.updatedAt, 'date-time')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
