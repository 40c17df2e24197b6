import type { CrowdSimulation, Site } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { JobRecordsSection } from '../jobs/JobRecordsSection.tsx';
import { failureText } from '../jobs/failureText.ts';
import { useCrowdFormat } from './CrowdFormat.ts';

/** The status of a simulation: its progress while it runs, else a badge (a failure's reason as its title). */
function StatusCell({ simulation: s }: { simulation: CrowdSimulation }) {
  const { t } = useI18n();
  if (s.status === 'processing')
    return <ProgressBar label={t('crowd.progressOf', { name: s.name })} value={s.progress} />;
  return (
    <span className={`badge badge-crowd-${s.status}`} title={failureText(t, s.error) ?? undefined}>
      {t(`crowdStatus.${s.status}`)}
    </span>
  );
}

/** The simulations of a site: name (link), when started, status, evacuation time, people out of all. */
function CrowdSimulationsTable({ simulations }: { simulations: readonly CrowdSimulation[] }) {
  const { t, formatDate, formatCount } = useI18n();
  const f = useCrowdFormat();
  return (
    <TableScroll>
      <table className="table" data-testid="crowd-simulations">
        <caption>{t('crowd.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('crowd.col.name')}</th>
            <th scope="col">{t('crowd.col.started')}</th>
            <th scope="col">{t('crowd.col.status')}</th>
            <th scope="col" className="numeric">
              {t('crowd.col.evacuation')}
            </th>
            <th scope="col" className="numeric">
              {t('crowd.col.people')}
            </th>
          </tr>
        </thead>
        <tbody>
          {simulations.map((s) => {
            const summary = s.status === 'ready' ? s.summary : null;
            return (
              <tr key={s.id} data-simulation-id={s.id}>
                <th scope="row">
                  <Link to={pathOf({ name: 'crowd', id: s.id })}>{s.name}</Link>
                </th>
                <td className="nowrap">{formatDate(s.createdAt, 'date-time')}</td>
                <td>
                  <StatusCell simulation={s} />
                </td>
                <td className="numeric nowrap">
                  {summary
                    ? summary.evacuationTimeS === null
                      ? t('crowd.notEmptied')
                      : f.time(summary.evacuationTimeS)
                    : t('common.none')}
                </td>
                <td className="numeric nowrap">
                  {summary
                    ? t('crowd.outOf', {
                        out: formatCount(summary.agentsOut),
                        total: formatCount(summary.agentsTotal),
                      })
                    : formatCount(s.agents)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The crowd simulations of a site (CROWD.md): how long it takes to empty and where it gets dense, with the
 * way to start a new one for those who may (analysts and above). Refreshes itself while one runs.
 */
export function CrowdSimulationsSection({ site }: { site: Site }) {
  return (
    <JobRecordsSection
      ns="crowd"
      site={site}
      list={api.listCrowdSimulations}
      headerClassName="crowd-section-header"
    >
      {(simulations) => <CrowdSimulationsTable simulations={simulations} />}
    </JobRecordsSection>
  );
}
