import {
  MAX_COMPARED_PLANS,
  type MyMembership,
  type PlanComparison,
  type PlanSummary,
} from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { api } from '../../api.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useResource } from '../../ui/useResource.ts';
import { planReasonText } from './planReasonText.ts';

/** A plan as the comparison shows it: its headline (none while it is solved or when it failed). */
type Compared = PlanComparison['plans'][number];

type Row = { readonly key: MessageKey; readonly value: (s: PlanSummary) => ReactNode };

function CompareTable({ plans }: { plans: readonly Compared[] }) {
  const { t, formatEuros, formatMeasure, formatCount } = useI18n();
  const names = new Map(plans.map((p) => [p.id, p.name]));
  const euros = (v: number | null) => (v === null ? t('common.none') : formatEuros(v));
  const check = (v: boolean | null) =>
    v === null ? t('common.none') : v ? t('protection.verifiedYes') : t('protection.verifiedNo');
  const rows: readonly Row[] = [
    { key: 'compare.feasible', value: (s) => (s.feasible ? t('common.yes') : t('common.no')) },
    { key: 'compare.cost', value: (s) => euros(s.totalCostEur) },
    { key: 'compare.maintenance', value: (s) => euros(s.maintenancePerYearEur) },
    {
      key: 'compare.exposure',
      value: (s) =>
        s.residualExposureKJ === null ? t('common.none') : formatMeasure(s.residualExposureKJ, 'kJ', 'up'),
    },
    { key: 'compare.measures', value: (s) => formatCount(s.measures) },
    { key: 'compare.verified', value: (s) => check(s.verified) },
    { key: 'compare.unstopped', value: (s) => formatCount(s.unstoppedApproaches) },
    { key: 'compare.emergency', value: (s) => check(s.emergencyRoutesOpen) },
    { key: 'compare.permeable', value: (s) => check(s.pedestrianLinesPermeable) },
    { key: 'compare.reason', value: (s) => (s.reason === null ? t('common.none') : planReasonText(t, s.reason)) },
  ];
  return (
    <TableScroll>
      <table className="table compare" data-testid="plan-compare">
        <caption>{t('compare.caption', { count: plans.length })}</caption>
        <thead>
          <tr>
            <td />
            {plans.map((p) => (
              <th scope="col" key={p.id} data-plan-id={p.id}>
                <Link to={pathOf({ name: 'protection', id: p.id })}>{p.name}</Link>
                {p.parentId !== null && names.has(p.parentId) && (
                  <span className="meta-line">
                    {t('protection.scenarioOf', { name: names.get(p.parentId) ?? '' })}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.key)}</th>
              {plans.map((p) => (
                <td key={p.id} className="numeric">
                  {p.summary ? row.value(p.summary) : t('compare.notReady')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ProtectionCompare({
  siteId,
  ids,
  membership,
}: {
  siteId: string;
  ids: readonly string[];
  membership: MyMembership;
}) {
  const { t } = useI18n();
  const site = useResource(() => api.getSite(siteId), `${siteId}:${membership.orgId}`);
  const enough = ids.length >= 2 && ids.length <= MAX_COMPARED_PLANS;
  const compared = useResource<PlanComparison | null>(
    () => (enough ? api.compareProtectionPlans(ids) : Promise.resolve(null)),
    `${ids.join(',')}:${membership.orgId}`,
  );
  const siteName = site.data?.name ?? t('threat.theSite');
  return (
    <article className="page" aria-labelledby="compare-title">
      <p>
        <Link to={pathOf({ name: 'site', id: siteId })}>
          ← {site.data ? site.data.name : t('threatForm.backToSite')}
        </Link>
      </p>
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t('protection.sensitive', { org: membership.orgName })}</p>
          <h1 id="compare-title">{t('compare.title', { name: siteName })}</h1>
          <p className="lead">{t('compare.intro')}</p>
        </div>
      </header>
      <ErrorMessage error={compared.error} />
      {!enough && <p className="notice">{t('compare.tooFew', { max: MAX_COMPARED_PLANS })}</p>}
      {enough && compared.data === undefined && !compared.error && (
        <p className="loading">{t('app.loading')}</p>
      )}
      {compared.data && (
        <section className="card" aria-labelledby="compare-title">
          <CompareTable plans={compared.data.plans} />
        </section>
      )}
    </article>
  );
}

/** Protection plans of a site side by side: cost, upkeep, exposure left, measures and the checks. */
export function ProtectionComparePage({ siteId, ids }: { siteId: string; ids: readonly string[] }) {
  return (
    <RequireOrg>
      {(m) => <ProtectionCompare key={m.orgId} siteId={siteId} ids={ids} membership={m} />}
    </RequireOrg>
  );
}
