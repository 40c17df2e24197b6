import type { EventRecord } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { CrowdCurve, type CurveSeries } from '../crowd/CrowdCurve.tsx';
import { useCrowdFormat } from '../crowd/CrowdFormat.ts';
import { densityLevel } from '../crowd/map/crowdDensity.ts';
import { DensityScale } from './DensityScale.tsx';
import { figureValue } from '@pactesur/events';
import type { EventRun } from './useEventSimulation.ts';

interface Props {
  readonly event: EventRecord;
  readonly all: EventRun;
  /** The run with the largest exit closed; null when the plan has a single exit. */
  readonly closed: EventRun | null;
  readonly closedExitName: string;
}

/** The colours of the two runs: the same blue as a simulation's own curve, and amber, dashed, for the worse case. */
const RUN_COLOURS = { all: '#0b4f8a', closed: '#b45309' } as const;

/**
 * The two runs beside the hand calculation: for each, where its job stands, its evacuation time, the
 * people out and its peak density against 2 / 4 / 5 persons/m², and the way to its own page (the playback
 * with the heat map); then both evacuation curves on one chart with the egress time worked out by hand.
 */
export function SimulationResults({ event, all, closed, closedExitName }: Props) {
  const { t, formatCount } = useI18n();
  const f = useCrowdFormat();
  const egress = figureValue(event.calculations.figures, 'egressMinutes');
  const runs = [
    { key: 'all' as const, label: t('eventSim.allExits'), run: all },
    ...(closed
      ? [
          {
            key: 'closed' as const,
            label: t('eventSim.largestClosed', { name: closedExitName }),
            run: closed,
          },
        ]
      : []),
  ];
  const series: CurveSeries[] = runs.flatMap((r) =>
    r.run.result
      ? [
          {
            key: r.key,
            label: r.label,
            result: r.run.result,
            colour: RUN_COLOURS[r.key],
            dashed: r.key === 'closed',
          },
        ]
      : [],
  );
  const handLabel = egress === null ? '' : t('eventSim.handMark', { time: f.time(egress * 60) });

  return (
    <>
      <section className="card" aria-labelledby="event-sim-compare-title">
        <h2 id="event-sim-compare-title">{t('eventSim.compareTitle')}</h2>
        <p className="hint">{t('eventSim.compareHint')}</p>
        <div className="sim-compare" data-testid="simulation-compare">
          <div className="sim-card sim-card-hand" data-run="hand">
            <h3>{t('eventSim.hand')}</h3>
            <p className="sim-time" data-testid="sim-time">
              {egress === null ? t('common.none') : f.time(egress * 60)}
            </p>
            <p className="meta">
              {egress === null
                ? t('eventSim.handNone')
                : t('eventSim.handNote', { people: formatCount(event.plan.expectedPeak) })}
            </p>
          </div>
          {runs.map(({ key, label, run }) => {
            const s = run.simulation;
            const r = run.result;
            const state = r ? 'ready' : (s?.status ?? 'loading');
            return (
              <div key={key} className="sim-card" data-run={key} data-state={state} data-testid="sim-run">
                <h3>{label}</h3>
                <ErrorMessage error={run.error} />
                {s?.status === 'processing' && (
                  <ProgressBar
                    label={t('eventSim.progress', { name: label })}
                    value={s.progress}
                    testId={`sim-progress-${key}`}
                  />
                )}
                {s?.status === 'failed' && (
                  <p className="field-problem" role="alert">
                    {t('eventSim.failed')} {s.error}
                  </p>
                )}
                {r && (
                  <>
                    <p className="sim-time" data-testid="sim-time">
                      {r.evacuationTimeS === null ? t('crowd.notEmptied') : f.time(r.evacuationTimeS)}
                    </p>
                    <dl className="sim-facts">
                      <div>
                        <dt>{t('crowdFigure.people')}</dt>
                        <dd data-testid="sim-people">
                          {t('crowd.outOf', {
                            out: formatCount(r.agentsOut),
                            total: formatCount(r.agentsTotal),
                          })}
                        </dd>
                      </div>
                      <div>
                        <dt>{t('crowdFigure.peak')}</dt>
                        <dd data-testid="sim-peak" data-level={densityLevel(r.peakDensity)}>
                          {f.density(r.peakDensity)} · {t(`crowdFigure.level${densityLevel(r.peakDensity)}`)}
                        </dd>
                      </div>
                    </dl>
                  </>
                )}
                {s && (
                  <p>
                    <Link to={pathOf({ name: 'crowd', id: s.id })} data-testid="sim-link">
                      {t('eventSim.open', { name: label })}
                    </Link>
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </section>
      {series.length > 0 && (
        <section className="card" aria-labelledby="event-sim-curve-title">
          <h2 id="event-sim-curve-title">{t('eventSim.curveTitle')}</h2>
          <p className="hint">{t('eventSim.curveHint')}</p>
          <CrowdCurve
            series={series}
            marks={egress === null ? [] : [{ label: handLabel, timeS: egress * 60 }]}
          />
        </section>
      )}
      {series.length > 0 && (
        <DensityScale
          planned={figureValue(event.calculations.figures, 'peakDensity')}
          runs={series.map((s) => ({ key: s.key, label: s.label, density: s.result.peakDensity }))}
        />
      )}
    </>
  );
}
