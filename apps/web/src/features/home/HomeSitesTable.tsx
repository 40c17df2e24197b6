import type { HomePlan, HomeSite } from '@pactesur/contracts';
import { useI18n, type Translate } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { vehicleClassName } from '../threat/vehicleClassName.ts';

/** The state of the plans of a site in words: the verified plan when there is one, else the newest plan's state. */
function verification(t: Translate, site: HomeSite): { text: string; tone: string } {
  if (site.verifiedPlan) return { text: t('home.verification.passed'), tone: 'ok' };
  const p: HomePlan | null = site.latestPlan;
  if (!p) return { text: t('home.verification.noPlan'), tone: 'none' };
  if (p.status === 'processing') return { text: t('home.verification.running'), tone: 'running' };
  if (p.status === 'failed') return { text: t('home.verification.failed'), tone: 'bad' };
  if (p.feasible === false) return { text: t('home.verification.infeasible'), tone: 'bad' };
  return { text: t('home.verification.notPassed'), tone: 'bad' };
}

/**
 * The sites of the organisation and their state of protection: the latest threat analysis with its worst
 * impact speed, the latest verified plan and its cost, the verification, and when each was last assessed.
 */
export function HomeSitesTable({ sites, canAnalyse }: { sites: readonly HomeSite[]; canAnalyse: boolean }) {
  const { t, formatDate, formatEuros, formatMeasure } = useI18n();
  const none = t('common.none');
  return (
    <div className="table-scroll">
      <table className="table table-dense home-sites" data-testid="home-sites">
        <caption className="visually-hidden">{t('home.sites.caption')}</caption>
        <TableHead
          columns={[
            { label: 'home.sites.col.site' },
            { label: 'home.sites.col.analysis' },
            { label: 'home.sites.col.plan' },
            { label: 'home.sites.col.verification' },
            { label: 'home.sites.col.cost', numeric: true },
            { label: 'home.sites.col.assessed' },
          ]}
        />
        <tbody>
          {sites.map((s) => {
            const v = verification(t, s);
            const a = s.analysis;
            return (
              <tr key={s.id} data-site-id={s.id}>
                <th scope="row">
                  <Link to={pathOf({ name: 'site', id: s.id })}>{s.name}</Link>
                  {s.access !== 'owner' && <span className="meta home-owner">{t('home.sites.sharedBy', { org: s.ownerOrgName })}</span>}
                </th>
                <td data-column="analysis">
                  {a === null ? (
                    canAnalyse ? (
                      <Link to={pathOf({ name: 'threat-new', siteId: s.id })}>{t('home.sites.startAnalysis')}</Link>
                    ) : (
                      t('home.sites.noAnalysis')
                    )
                  ) : (
                    <Link to={pathOf({ name: 'threat', id: a.id })}>
                      {a.worstSpeedKmh !== null
                        ? t('home.sites.worstSpeed', {
                            speed: formatMeasure(a.worstSpeedKmh, 'km/h', 'up'),
                            vehicle: a.worstClass === null ? none : vehicleClassName(t, a.worstClass),
                          })
                        : t(`threatStatus.${a.status}`)}
                    </Link>
                  )}
                </td>
                <td data-column="plan">
                  {s.verifiedPlan ? (
                    <Link to={pathOf({ name: 'protection', id: s.verifiedPlan.id })}>{s.verifiedPlan.name}</Link>
                  ) : (
                    none
                  )}
                </td>
                <td data-column="verification">
                  {!s.verifiedPlan && s.latestPlan ? (
                    <Link to={pathOf({ name: 'protection', id: s.latestPlan.id })}>
                      <span className={`badge badge-verification-${v.tone}`}>{v.text}</span>
                    </Link>
                  ) : (
                    <span className={`badge badge-verification-${v.tone}`}>{v.text}</span>
                  )}
                </td>
                <td data-column="cost" className="numeric nowrap">
                  {s.verifiedPlan?.totalCostEur != null ? formatEuros(s.verifiedPlan.totalCostEur) : none}
                </td>
                <td data-column="assessed" className="nowrap">
                  {s.lastAssessedAt ? formatDate(s.lastAssessedAt, 'date') : t('home.sites.never')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
