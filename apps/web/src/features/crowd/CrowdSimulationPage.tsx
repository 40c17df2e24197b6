import type { MapLayersJson } from '@pactesur/api-client';
import type { CrowdResult, MyMembership } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { useResource } from '../../ui/useResource.ts';
import { JobRecordFrame } from '../jobs/JobRecordFrame.tsx';
import { CrowdCurve } from './CrowdCurve.tsx';
import { CrowdExitFlows } from './CrowdExitFlows.tsx';
import { useCrowdFormat } from './CrowdFormat.ts';
import { CrowdPlayback } from './CrowdPlayback.tsx';
import { densityLevel } from './map/crowdDensity.ts';
import { useCrowdSimulation } from './useCrowdSimulation.ts';

/** The headline figures: evacuation time, people out of all, peak density (classed), walkable area. */
function Headline({ result }: { result: CrowdResult }) {
  const { t, formatCount, formatArea } = useI18n();
  const f = useCrowdFormat();
  const level = densityLevel(result.peakDensity);
  const evac = result.evacuationTimeS;
  return (
    <dl className="crowd-figures" data-testid="crowd-figures">
      <div className={`crowd-figure${evac === null ? ' crowd-figure-alert' : ''}`} data-figure="evacuation">
        <dt>{t('crowdFigure.evacuation')}</dt>
        <dd>{evac === null ? t('crowd.notEmptied') : f.time(evac)}</dd>
        <p className="crowd-figure-note">
          {evac === null
            ? t('crowdFigure.notEmptiedNote', { time: f.time(result.simulatedS) })
            : t('crowdFigure.evacuationNote')}
        </p>
      </div>
      <div className="crowd-figure" data-figure="people">
        <dt>{t('crowdFigure.people')}</dt>
        <dd>
          {t('crowd.outOf', { out: formatCount(result.agentsOut), total: formatCount(result.agentsTotal) })}
        </dd>
        <p className="crowd-figure-note">
          {t('crowdFigure.area', { area: formatArea(result.walkableAreaM2) })}
        </p>
      </div>
      <div className={`crowd-figure crowd-figure-level-${level}`} data-figure="peak">
        <dt>{t('crowdFigure.peak')}</dt>
        <dd>{f.density(result.peakDensity)}</dd>
        <p className="crowd-figure-note">{t(`crowdFigure.level${level}`)}</p>
      </div>
    </dl>
  );
}

function CrowdSimulationView({ id, membership }: { id: string; membership: MyMembership }) {
  const { t, formatCount } = useI18n();
  const f = useCrowdFormat();
  const { simulation, result, frames, error } = useCrowdSimulation(id, membership.orgId);
  const siteId = simulation?.siteId ?? '';
  const layers = useResource<MapLayersJson | null>(
    () => (siteId ? api.siteLayers(siteId) : Promise.resolve(null)),
    siteId,
  );
  const [time, setTime] = useState(0);

  return (
    <JobRecordFrame
      ns="crowd"
      membership={membership}
      record={simulation}
      done={result !== undefined}
      error={error}
      remove={api.deleteCrowdSimulation}
      details={(s) => (
        <p className="meta">
          {t('crowd.settings', {
            model: t(`crowdModel.${s.model}`),
            people: formatCount(s.agents),
            exits: s.exits.map((e) => e.id).join(', '),
            duration: f.time(s.durationS),
          })}
        </p>
      )}
    >
      {({ record: s, site }) =>
        result && (
          <>
            <section aria-labelledby="crowd-figures-title">
              <h2 id="crowd-figures-title" className="visually-hidden">
                {t('crowdFigure.title')}
              </h2>
              <Headline result={result} />
            </section>
            {frames && (
              <section className="card" aria-labelledby="crowd-playback-title">
                <h2 id="crowd-playback-title">{t('crowdPlayback.title')}</h2>
                <p className="hint">{t('crowdPlayback.hint')}</p>
                {layers.error !== null && layers.error !== undefined && (
                  <p className="notice">{t('crowd.noLayers')}</p>
                )}
                <CrowdPlayback
                  name={s.name}
                  site={site}
                  layers={layers.data ?? null}
                  exits={s.exits}
                  frames={frames}
                  endS={result.simulatedS}
                  insideAtEnd={result.agentsTotal - result.agentsOut}
                  time={time}
                  onTime={setTime}
                />
              </section>
            )}
            <section className="card" aria-labelledby="crowd-curve-title">
              <h2 id="crowd-curve-title">{t('crowdCurve.title')}</h2>
              <p className="hint">{t('crowdCurve.hint')}</p>
              <CrowdCurve result={result} time={frames ? time : null} />
            </section>
            <section className="card" aria-labelledby="crowd-flows-title">
              <h2 id="crowd-flows-title">{t('crowdFlows.title')}</h2>
              <p className="hint">{t('crowdFlows.hint')}</p>
              <CrowdExitFlows result={result} />
              <p className="meta crowd-run-figures">
                {t('crowd.runFigures', {
                  simulated: f.time(result.simulatedS),
                  wall: f.decimal(result.wallS, 1),
                  rate: formatCount(result.agentStepsPerS),
                })}
              </p>
            </section>
          </>
        )
      }
    </JobRecordFrame>
  );
}

/** A crowd simulation: its progress, then its figures, playback with the density heat map, curve and exit flows. */
export function CrowdSimulationPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <CrowdSimulationView key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
