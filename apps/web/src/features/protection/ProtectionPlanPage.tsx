import type { MapLayersJson } from '@pactesur/api-client';
import type { MyMembership, PlanResult, ProtectionPlan } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { JobRecordFrame } from '../jobs/JobRecordFrame.tsx';
import { byClassOrder, vehicleClassName } from '../threat/vehicleClassName.ts';
import { PlanStatusBadge } from './PlanStatusBadge.tsx';
import { mayReoptimise } from './mayReoptimise.ts';
import { ApproachMap } from './ProtectionApproachMap.tsx';
import { ProtectionResultView } from './ProtectionResultView.tsx';
import { planConstraintText, planReasonText } from './planReasonText.ts';
import { useProtectionPlan } from './useProtectionPlan.ts';

/**
 * No plan meets every requirement: the reason, first and plainly, then — when a class cannot be stopped —
 * where its way into the zone runs on the map, then what can be changed.
 */
function Infeasible({
  result,
  plan,
  layers,
}: {
  result: Extract<PlanResult, { feasible: false }>;
  plan: ProtectionPlan;
  layers: MapLayersJson | null;
}) {
  const { t } = useI18n();
  const constraint = planConstraintText(t, result.constraint);
  const where = result.where ?? [];
  const className = result.classId ? vehicleClassName(t, result.classId) : '';
  return (
    <section
      className="card plan-infeasible"
      role="alert"
      aria-labelledby="plan-infeasible-title"
      data-testid="plan-infeasible"
    >
      <h2 id="plan-infeasible-title">{t('protection.infeasibleTitle')}</h2>
      <p className="infeasible-reason" data-testid="plan-reason">
        {planReasonText(t, result.reason, result.constraint)}
      </p>
      {constraint !== null && (
        <p className="meta">
          {t('protection.infeasibleConstraint')} {constraint}
        </p>
      )}
      {result.classId && where.length > 0 && (
        <div data-testid="plan-approach">
          <p>{t('protection.approachWhere', { class: className })}</p>
          <ApproachMap
            plan={plan}
            layers={layers}
            classId={result.classId}
            where={where}
            label={t('protection.approachMap', { class: className })}
          />
        </div>
      )}
      <p className="hint">{t('protection.infeasibleHint')}</p>
    </section>
  );
}

/** The plan this one re-optimises, linked, with the comparison of the two. */
function ParentLink({ plan }: { plan: ProtectionPlan }) {
  const { t } = useI18n();
  const parentId = plan.parentId ?? '';
  const parent = useResource(
    () => (parentId ? api.getProtectionPlan(parentId) : Promise.resolve(null)),
    parentId,
  );
  if (!parentId) return null;
  const name = parent.data?.name ?? t('protection.parentPlan');
  return (
    <p className="meta" data-testid="plan-parent">
      {t('protection.scenarioOfLead')}{' '}
      <Link to={pathOf({ name: 'protection', id: parentId })} data-testid="parent-link">
        {name}
      </Link>{' '}
      ·{' '}
      <Link to={pathOf({ name: 'protection-compare', siteId: plan.siteId, ids: [parentId, plan.id] })}>
        {t('protection.compareWithParent')}
      </Link>
    </p>
  );
}

/** The settings of a plan: the vehicles stopped, the stations kept reachable, the budget. */
function PlanSettings({ plan: p }: { plan: ProtectionPlan }) {
  const { t, formatEuros } = useI18n();
  const classes = byClassOrder(p.classIds)
    .map((c) => vehicleClassName(t, c))
    .join(', ');
  const stations = p.request.stations.length;
  return (
    <p className="meta">
      {t('protection.settings', {
        classes,
        stations: p.request.osmStations
          ? t('protection.stationsOsmAnd', { count: stations })
          : stations === 0
            ? t('protection.noStations')
            : t('protection.stationsOnly', { count: stations }),
        budget:
          p.request.budgetEur === undefined ? t('protection.noBudget') : formatEuros(p.request.budgetEur),
      })}
    </p>
  );
}

function ProtectionPlanView({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const { plan, result, error } = useProtectionPlan(id, membership.orgId);
  const siteId = plan?.siteId ?? '';
  const layers = useResource<MapLayersJson | null>(
    () => (siteId ? api.siteLayers(siteId) : Promise.resolve(null)),
    `${siteId}:${membership.orgId}`,
  );

  // Deleting, sharing and re-optimising a plan take an editor of its owner organisation (ADR 0018).
  return (
    <JobRecordFrame
      ns="protection"
      membership={membership}
      record={plan}
      done={result !== undefined}
      error={error}
      remove={api.deleteProtectionPlan}
      badge={(p) => <PlanStatusBadge plan={p} />}
      details={(p) => (
        <>
          <PlanSettings plan={p} />
          <ParentLink plan={p} />
        </>
      )}
    >
      {({ record: p, site, siteName }) => (
        <>
          {result?.feasible === false && <Infeasible result={result} plan={p} layers={layers.data ?? null} />}
          {result?.feasible === true && layers.error !== null && layers.error !== undefined && (
            <p className="notice">{t('protection.noLayers')}</p>
          )}
          {result?.feasible === true && (
            <ProtectionResultView
              key={p.id}
              plan={p}
              result={result}
              layers={layers.data ?? null}
              siteName={siteName}
              canReoptimise={mayReoptimise(membership, p.access, site?.access ?? null)}
            />
          )}
        </>
      )}
    </JobRecordFrame>
  );
}

/** A protection plan: its progress, then its map, measures, verification, changes and exports. */
export function ProtectionPlanPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <ProtectionPlanView key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
