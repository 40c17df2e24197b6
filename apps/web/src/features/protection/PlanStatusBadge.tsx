import type { ProtectionPlan } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { failureText } from '../jobs/failureText.ts';
import { planReasonText } from './planReasonText.ts';

/**
 * Where a plan stands, as a badge: running, failed (the reason as its title), ready with a plan, or ready
 * without one (no plan meets every requirement; the reason as its title).
 */
export function PlanStatusBadge({ plan: p }: { plan: Pick<ProtectionPlan, 'status' | 'error' | 'summary'> }) {
  const { t } = useI18n();
  if (p.status === 'ready' && p.summary?.feasible === false)
    return (
      <span className="badge badge-plan-infeasible" title={p.summary.reason === null ? undefined : planReasonText(t, p.summary.reason)}>
        {t('planStatus.infeasible')}
      </span>
    );
  return (
    <span className={`badge badge-plan-${p.status}`} title={failureText(t, p.error) ?? undefined}>
      {t(`planStatus.${p.status}`)}
    </span>
  );
}
