import { RiskBand, type DashboardSite } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { RiskBandChip } from './RiskBandChip.tsx';

interface Props {
  readonly sites: readonly DashboardSite[];
  readonly orgName: string;
  /** Whether the reader may start an assessment. */
  readonly canStart: boolean;
}

/**
 * The acting organisation's sites, highest risk first: the latest assessment (version and status), its
 * highest risk and band, its scenarios per band, the open measures and their cost, the verified protection
 * plan's cost; "Start an assessment" for a site without one.
 */
export function DashboardTable({ sites, orgName, canStart }: Props) {
  const { t, formatCount, formatEuros } = useI18n();
  const none = t('common.none');
  return (
    <TableScroll rows={sites.length}>
      <table className="table dashboard" data-testid="assessment-dashboard">
        <caption>{t('assessments.dashboardCaption', { org: orgName })}</caption>
        <TableHead
          columns={[
            { label: 'assessments.col.site' },
            { label: 'assessments.col.latest' },
            { label: 'assessments.col.highest' },
            { label: 'assessments.col.bands' },
            { label: 'assessments.col.open', numeric: true },
            { label: 'assessments.col.plan', numeric: true },
          ]}
        />
        <tbody>
          {sites.map((s) => {
            const a = s.assessment;
            const h = a?.headline;
            return (
              <tr key={s.siteId} data-testid="dashboard-site" data-site-id={s.siteId}>
                <th scope="row">
                  <Link to={pathOf({ name: 'site', id: s.siteId })}>{s.siteName}</Link>
                </th>
                <td data-column="latest">
                  {a ? (
                    <>
                      <Link to={pathOf({ name: 'assessment', id: a.id })}>{a.title}</Link>
                      <span className="meta-line">
                        {t('assessments.version', { version: a.version })} ·{' '}
                        <span className={`badge badge-assessment-${a.status}`}>
                          {t(`assessmentStatus.${a.status}`)}
                        </span>
                      </span>
                    </>
                  ) : canStart ? (
                    <Link className="button" to={pathOf({ name: 'assessment-new', siteId: [s.siteId] })}>
                      {t('assessments.start')}
                    </Link>
                  ) : (
                    <span className="meta">{t('assessments.notAssessed')}</span>
                  )}
                </td>
                <td data-column="highest">
                  {h?.highestRisk != null && h.highestBand ? (
                    <RiskBandChip band={h.highestBand} risk={h.highestRisk} />
                  ) : a ? (
                    <span className="meta">{t('assessments.unscored')}</span>
                  ) : (
                    none
                  )}
                </td>
                <td data-column="bands">
                  {h ? (
                    <ul className="band-counts">
                      {RiskBand.options.map((b) => (
                        <li key={b} className={`risk-${b}`} data-band={b} data-count={h.bands[b]}>
                          {t('assessments.bandCount', {
                            band: t(`riskBand.${b}`),
                            count: formatCount(h.bands[b]),
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    none
                  )}
                </td>
                <td data-column="open" className="numeric nowrap">
                  {a
                    ? t('assessments.openMeasures', {
                        count: formatCount(s.openMeasures),
                        cost: formatEuros(s.openMeasuresCostEur),
                      })
                    : none}
                </td>
                <td data-column="plan" className="numeric nowrap">
                  {s.planId !== null && s.planCostEur !== null ? (
                    <Link to={pathOf({ name: 'protection', id: s.planId })}>
                      {formatEuros(s.planCostEur)}
                    </Link>
                  ) : s.planCostEur !== null ? (
                    formatEuros(s.planCostEur)
                  ) : (
                    none
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
