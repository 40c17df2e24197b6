import type { ProtectionPlan } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { PlanStatusBadge } from './PlanStatusBadge.tsx';

interface Props {
  readonly plans: readonly ProtectionPlan[];
  /** Plans ticked for a side-by-side comparison. */
  readonly chosen: ReadonlySet<string>;
  readonly onChoose: (id: string, on: boolean) => void;
  /** As many plans are ticked as a comparison takes: the others cannot be ticked. */
  readonly full: boolean;
}

/**
 * The protection plans of a site: a tick box to compare it, name (link to its page, with the plan it
 * re-optimises), when it was started, its status, what it costs and whether the verification passed.
 */
export function ProtectionPlansTable({ plans, chosen, onChoose, full }: Props) {
  const { t, formatDate, formatEuros } = useI18n();
  const nameOf = new Map(plans.map((p) => [p.id, p.name]));
  return (
    <TableScroll>
      <table className="table" data-testid="protection-plans">
        <caption>{t('protection.listCaption')}</caption>
        <TableHead
          columns={[
            { label: 'protection.col.compare' },
            { label: 'protection.col.name' },
            { label: 'protection.col.started' },
            { label: 'protection.col.status' },
            { label: 'protection.col.cost', numeric: true },
            { label: 'protection.col.verified' },
          ]}
        />
        <tbody>
          {plans.map((p) => {
            const summary = p.status === 'ready' ? p.summary : null;
            const parent = p.parentId === null ? undefined : nameOf.get(p.parentId);
            return (
              <tr key={p.id} data-plan-id={p.id}>
                <td>
                  <input
                    type="checkbox"
                    className="row-check"
                    checked={chosen.has(p.id)}
                    disabled={full && !chosen.has(p.id)}
                    aria-label={t('protection.chooseToCompare', { name: p.name })}
                    onChange={(e) => onChoose(p.id, e.target.checked)}
                  />
                </td>
                <th scope="row">
                  <Link to={pathOf({ name: 'protection', id: p.id })}>{p.name}</Link>
                  {parent !== undefined && (
                    <span className="meta-line">{t('protection.scenarioOf', { name: parent })}</span>
                  )}
                </th>
                <td className="nowrap">{formatDate(p.createdAt, 'date-time')}</td>
                <td>
                  {p.status === 'processing' ? (
                    <ProgressBar label={t('protection.progressOf', { name: p.name })} value={p.progress} />
                  ) : (
                    <PlanStatusBadge plan={p} />
                  )}
                </td>
                <td className="numeric nowrap">
                  {summary?.totalCostEur === null || summary?.totalCostEur === undefined
                    ? t('common.none')
                    : formatEuros(summary.totalCostEur)}
                </td>
                <td className="nowrap">
                  {summary?.verified === true
                    ? t('protection.verifiedYes')
                    : summary?.verified === false
                      ? t('protection.verifiedNo')
                      : t('common.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
