import type { ThreatAnalysis } from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { failureText } from '../jobs/failureText.ts';
import { speedColour } from './map/threatColours.ts';
import { byClassOrder, vehicleClassName } from './vehicleClassName.ts';

/** The status of an analysis: its progress while processed, else a badge (the reason of a failure as its title). */
function StatusCell({ analysis: a }: { analysis: ThreatAnalysis }) {
  const { t } = useI18n();
  if (a.status === 'processing')
    return <ProgressBar label={t('threat.progressOf', { name: a.name })} value={a.progress} />;
  return (
    <span className={`badge badge-threat-${a.status}`} title={failureText(t, a.error) ?? undefined}>
      {t(`threatStatus.${a.status}`)}
    </span>
  );
}

/**
 * The analyses of a site: name (link to its page), when it was started, its status, and the highest impact
 * speed of each vehicle class assessed (one column per class, heaviest last).
 */
export function ThreatAnalysesTable({ analyses }: { analyses: readonly ThreatAnalysis[] }) {
  const { t, formatDate, formatMeasure } = useI18n();
  const classes = byClassOrder(analyses.flatMap((a) => a.classIds));
  const speedOf = (a: ThreatAnalysis, id: string): ReactNode => {
    const summary = a.status === 'ready' ? a.summary?.find((s) => s.class === id) : undefined;
    if (!summary) return t('common.none');
    if (summary.maxSpeedKmh <= 0) return t('threat.notReached');
    return (
      <>
        <span className="dot" style={{ background: speedColour(summary.maxSpeedKmh) }} aria-hidden="true" />
        {formatMeasure(summary.maxSpeedKmh, 'km/h', 'up')}
      </>
    );
  };
  return (
    <TableScroll>
      <table className="table" data-testid="threat-analyses">
        <caption>{t('threat.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('threat.col.name')}</th>
            <th scope="col">{t('threat.col.started')}</th>
            <th scope="col">{t('threat.col.status')}</th>
            {classes.map((id) => (
              <th scope="col" className="numeric" key={id}>
                {vehicleClassName(t, id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analyses.map((a) => (
            <tr key={a.id} data-analysis-id={a.id}>
              <th scope="row">
                <Link to={pathOf({ name: 'threat', id: a.id })}>{a.name}</Link>
              </th>
              <td className="nowrap">{formatDate(a.createdAt, 'date-time')}</td>
              <td>
                <StatusCell analysis={a} />
              </td>
              {classes.map((id) => (
                <td className="numeric nowrap" key={id}>
                  {speedOf(a, id)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
