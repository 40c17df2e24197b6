import type { AfterActionReport } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { Duration } from './Duration.tsx';

/**
 * The report's metrics: the injects delivered and how late (median and slowest), then per agency the
 * injects that reached it, its responses, its median and slowest first response and its decision time.
 */
export function ReportMetrics({ metrics }: { metrics: AfterActionReport['metrics'] }) {
  const { t, formatCount } = useI18n();
  return (
    <div className="report-metrics" data-testid="report-metrics">
      <dl className="details">
        <dt>{t('exerciseReport.injectsDelivered')}</dt>
        <dd data-testid="injects-delivered">{formatCount(metrics.injectsDelivered)}</dd>
        <dt>{t('exerciseReport.medianLatency')}</dt>
        <dd>
          <Duration seconds={metrics.medianInjectLatencyMs === null ? null : metrics.medianInjectLatencyMs / 1000} />
        </dd>
        <dt>{t('exerciseReport.maxLatency')}</dt>
        <dd>
          <Duration seconds={metrics.maxInjectLatencyMs === null ? null : metrics.maxInjectLatencyMs / 1000} />
        </dd>
      </dl>
      <p className="hint">{t('exerciseReport.latencyHint')}</p>
      <TableScroll rows={metrics.agencies.length}>
        <table className="table table-dense">
          <caption>{t('exerciseReport.agenciesCaption')}</caption>
          <TableHead
            columns={[
              { label: 'exerciseReport.col.agency' },
              { label: 'exerciseReport.col.received', numeric: true },
              { label: 'exerciseReport.col.responses', numeric: true },
              { label: 'exerciseReport.col.median', numeric: true },
              { label: 'exerciseReport.col.slowest', numeric: true },
              { label: 'exerciseReport.col.decision', numeric: true },
            ]}
          />
          <tbody>
            {metrics.agencies.map((a) => (
              <tr key={a.orgId} data-testid="agency-metrics" data-org-id={a.orgId} data-received={a.injectsReceived} data-responses={a.responses}>
                <th scope="row">{a.orgName}</th>
                <td className="numeric">{formatCount(a.injectsReceived)}</td>
                <td className="numeric">{formatCount(a.responses)}</td>
                <td className="numeric">
                  <Duration seconds={a.medianResponseS} />
                </td>
                <td className="numeric">
                  <Duration seconds={a.slowestResponseS} />
                </td>
                <td className="numeric" data-testid="decision-time">
                  <Duration seconds={a.decisionS} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">{t('exerciseReport.decisionHint')}</p>
    </div>
  );
}
