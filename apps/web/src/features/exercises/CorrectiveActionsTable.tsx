import type { ActionStatus, Capability, CorrectiveAction } from '@pactesur/contracts';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { isOverdue, nextStatus } from './actionPlan.ts';

interface Props {
  readonly name: string;
  readonly actions: readonly CorrectiveAction[];
  readonly capabilities: readonly Capability[];
  /** The name of a linked event plan, when the reader's organisation knows it. */
  readonly eventName: (eventId: string) => string | null;
  /** The reader's day (`YYYY-MM-DD`): actions due before it and not done are overdue. */
  readonly today: string;
  /** For the plan's keepers: move an action's status on, open one to change it. */
  readonly onAdvance?: ((action: CorrectiveAction, status: ActionStatus) => void) | undefined;
  readonly onEdit?: ((action: CorrectiveAction) => void) | undefined;
  readonly busy?: boolean;
  /** The action being changed, and its form (shown under its row). */
  readonly editing?: { readonly id: string; readonly form: ReactNode } | null;
}

/**
 * The improvement plan as a table: each corrective action with its capability element, the organisation
 * responsible, the capability, its dates (overdue ones marked), status, linked event plan and practice.
 */
export function CorrectiveActionsTable({ name, actions, capabilities, eventName, today, onAdvance, onEdit, busy = false, editing = null }: Props) {
  const { t, formatDay } = useI18n();
  const keeper = onAdvance !== undefined || onEdit !== undefined;
  const capability = (id: string) => capabilities.find((c) => c.id === id)?.name ?? id;
  const columns = 9 + (keeper ? 1 : 0);
  if (actions.length === 0) return <p className="empty">{t('exerciseActions.empty')}</p>;
  return (
    <TableScroll rows={actions.length}>
      <table className="table table-dense" data-testid="corrective-actions">
        <caption>{t('exerciseActions.caption', { name })}</caption>
        <TableHead
          columns={[
            { label: 'exerciseActions.col.action' },
            { label: 'exerciseActions.col.element' },
            { label: 'exerciseActions.col.org' },
            { label: 'exerciseActions.col.capability' },
            { label: 'exerciseActions.col.start' },
            { label: 'exerciseActions.col.due' },
            { label: 'exerciseActions.col.status' },
            { label: 'exerciseActions.col.event' },
            { label: 'exerciseActions.col.practice' },
            keeper && { label: 'common.actions', hidden: true },
          ]}
        />
        <tbody>
          {actions.map((a) => {
            const overdue = isOverdue(a, today);
            const next = nextStatus(a.status);
            return (
              <Fragment key={a.id}>
                <tr
                  className={overdue ? 'corrective-action overdue' : 'corrective-action'}
                  data-testid="corrective-action"
                  data-status={a.status}
                  data-overdue={overdue}
                  data-org-id={a.orgId}
                >
                  <td className="prewrap">{a.text}</td>
                  <td>{t(`capabilityElement.${a.element}`)}</td>
                  <td>{a.orgName}</td>
                  <td>{a.capabilityId ? capability(a.capabilityId) : t('common.none')}</td>
                  <td className="nowrap">{a.startsOn ? formatDay(a.startsOn) : t('common.none')}</td>
                  <td className="nowrap">
                    {a.dueOn ? formatDay(a.dueOn) : t('common.none')}
                    {overdue && <span className="badge action-overdue">{t('exerciseActions.overdue')}</span>}
                  </td>
                  <td>
                    <span className={`badge action-status-${a.status}`}>{t(`actionStatus.${a.status}`)}</span>
                  </td>
                  <td>{a.eventId ? (eventName(a.eventId) ?? t('exerciseActions.eventOfOrganiser')) : t('common.none')}</td>
                  <td>{a.practice || t('common.none')}</td>
                  {keeper && (
                    <td className="nowrap">
                      {onAdvance && next && (
                        <button
                          type="button"
                          disabled={busy}
                          aria-label={t(`exerciseActions.advanceLabel.${next}`, { text: a.text })}
                          onClick={() => onAdvance(a, next)}
                        >
                          {t(`exerciseActions.advance.${next}`)}
                        </button>
                      )}
                      {onEdit && (
                        <button type="button" className="button-quiet" disabled={busy} aria-label={t('exerciseActions.editLabel', { text: a.text })} onClick={() => onEdit(a)}>
                          {t('common.edit')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
                {editing?.id === a.id && (
                  <tr className="corrective-action-edit">
                    <td colSpan={columns}>{editing.form}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
