import type { ExerciseStatus, Participant, RunCommandInput, TimelineInject } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { formatScenarioTime } from '@pactesur/exercises';

interface Props {
  readonly injects: readonly TimelineInject[];
  readonly participants: readonly Participant[];
  readonly status: ExerciseStatus;
  /** Null for a reader who may not steer the run. */
  readonly send: ((command: RunCommandInput) => void) | null;
  readonly busy: boolean;
}

/**
 * The controllers' timeline: every inject with its time, recipients and method, how the run treated it
 * (pending, delivered — when, and to which agencies — skipped or cancelled), and a pending one published
 * now, skipped or cancelled.
 */
export function TimelineTable({ injects, participants, status, send, busy }: Props) {
  const { t, formatDate } = useI18n();
  const live = status === 'running' || status === 'paused';
  const orgName = (orgId: string) => participants.find((p) => p.orgId === orgId)?.orgName ?? orgId;
  return (
    <TableScroll rows={injects.length}>
      <table className="table table-dense" data-testid="timeline">
        <caption>{t('exerciseRun.timelineCaption')}</caption>
        <TableHead
          columns={[
            { label: 'msel.col.number', numeric: true },
            { label: 'msel.col.time' },
            { label: 'msel.col.synopsis' },
            { label: 'msel.col.to' },
            { label: 'msel.col.method' },
            { label: 'exerciseRun.col.status' },
            { label: 'exerciseRun.col.reached' },
            send !== null && { label: 'common.actions', hidden: true },
          ]}
        />
        <tbody>
          {injects.map(({ inject, status: injectStatus, deliveredAt, reached }) => (
            <tr key={inject.id} data-testid="timeline-inject" data-number={inject.number} data-status={injectStatus}>
              <td className="numeric">{inject.number}</td>
              <td className="mono">{formatScenarioTime(inject.scenarioTimeS)}</td>
              <td>
                {inject.synopsis}
                {inject.contingency && <span className="badge exercise-contingency">{t('exerciseRun.contingency')}</span>}
              </td>
              <td>{inject.to.join(', ')}</td>
              <td>{t(`exerciseMethod.${inject.method}`)}</td>
              <td>
                <span className={`badge inject-status-${injectStatus}`}>{t(`injectStatus.${injectStatus}`)}</span>
                {deliveredAt && <span className="meta-line">{formatDate(deliveredAt, 'compact')}</span>}
              </td>
              <td data-testid="reached">
                {injectStatus === 'delivered' && (reached.length === 0 ? t('exerciseRun.reachedNobody') : reached.map(orgName).join(', '))}
              </td>
              {send !== null && (
                <td className="nowrap">
                  {injectStatus === 'pending' && status !== 'ended' && (
                    <>
                      {live && (
                        <button type="button" disabled={busy} aria-label={t('exerciseRun.publishInject', { number: inject.number })} onClick={() => send({ action: 'publish', injectId: inject.id })}>
                          {t('exerciseRun.publish')}
                        </button>
                      )}
                      <button type="button" className="button-quiet" disabled={busy} aria-label={t('exerciseRun.skipInject', { number: inject.number })} onClick={() => send({ action: 'skip', injectId: inject.id })}>
                        {t('exerciseRun.skip')}
                      </button>
                      <button type="button" className="button-quiet" disabled={busy} aria-label={t('exerciseRun.cancelInject', { number: inject.number })} onClick={() => send({ action: 'cancel', injectId: inject.id })}>
                        {t('exerciseRun.cancel')}
                      </button>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
