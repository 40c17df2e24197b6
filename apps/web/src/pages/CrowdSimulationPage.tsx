import type { MapLayersJson } from '@pactesur/api-client';
import { ROLE_RANK, type CrowdResult, type CrowdSimulation, type MyMembership } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../api.ts';
import { ConfirmDelete } from '../components/ConfirmDelete.tsx';
import { CrowdCurve } from '../components/CrowdCurve.tsx';
import { CrowdExitFlows } from '../components/CrowdExitFlows.tsx';
import { useCrowdFormat } from '../components/CrowdFormat.ts';
import { CrowdPlayback } from '../components/CrowdPlayback.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Link } from '../components/Link.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { RequireOrg } from '../components/RequireOrg.tsx';
import { SharingPanel } from '../components/SharingPanel.tsx';
import { useAction } from '../hooks/useAction.ts';
import { useCrowdSimulation } from '../hooks/useCrowdSimulation.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useStatus } from '../hooks/useStatus.tsx';
import { densityLevel } from '../map/crowdDensity.ts';
import { navigate } from '../router/history.ts';
import { pathOf } from '../router/routes.ts';

/** The simulation running (its progress) or failed (its reason). */
function CrowdProgress({ simulation: s }: { simulation: CrowdSimulation }) {
  const { t } = useI18n();
  if (s.status === 'failed')
    return (
      <div className="error" role="alert" data-testid="crowd-failed">
        {t('crowd.failed', { reason: s.error ?? t('crowdStatus.failed') })}
      </div>
    );
  if (s.status !== 'processing') return null;
  return (
    <section className="card" aria-labelledby="crowd-running-title" data-testid="crowd-running">
      <h2 id="crowd-running-title">{t('crowd.running')}</h2>
      <p className="hint">{t('crowd.runningHint')}</p>
      <ProgressBar
        label={t('crowd.progressOf', { name: s.name })}
        value={s.progress}
        testId="crowd-progress"
      />
    </section>
  );
}

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
  const { t, formatDate, formatCount } = useI18n();
  const f = useCrowdFormat();
  const { announce } = useStatus();
  const { simulation, result, frames, error } = useCrowdSimulation(id, membership.orgId);
  const siteId = simulation?.siteId ?? '';
  const site = useResource(() => (siteId ? api.getSite(siteId) : Promise.resolve(null)), siteId);
  const layers = useResource<MapLayersJson | null>(
    () => (siteId ? api.siteLayers(siteId) : Promise.resolve(null)),
    siteId,
  );
  const orgs = useResource(() => api.listOrgs(), 'orgs');
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [time, setTime] = useState(0);
  const siteName = site.data?.name ?? t('crowd.theSite');
  const back = (
    <p>
      {site.data ? (
        <Link to={pathOf({ name: 'site', id: site.data.id })}>← {site.data.name}</Link>
      ) : (
        <Link to={pathOf({ name: 'sites' })}>← {t('site.back')}</Link>
      )}
    </p>
  );
  if (!simulation && error)
    return (
      <>
        {back}
        <ErrorMessage error={error} />
      </>
    );
  if (!simulation) return <p className="loading">{t('app.loading')}</p>;
  const s = simulation;
  const ownerEditor = ROLE_RANK[membership.role] >= ROLE_RANK.editor && s.access === 'owner';

  return (
    <article className="page" aria-labelledby="crowd-title" data-status={s.status}>
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">
            {t('crowd.sensitive', {
              org: orgs.data?.find((o) => o.id === s.ownerOrgId)?.name ?? membership.orgName,
            })}
          </p>
          <h1 id="crowd-title">{s.name}</h1>
          <p className="meta">
            {t('crowd.meta', { site: siteName, date: formatDate(s.createdAt, 'date-time') })} ·{' '}
            <span className={`badge badge-crowd-${s.status}`}>{t(`crowdStatus.${s.status}`)}</span> ·{' '}
            {t(`access.${s.access}`)}
          </p>
          <p className="meta">
            {t('crowd.settings', {
              model: t(`crowdModel.${s.model}`),
              people: formatCount(s.agents),
              exits: s.exits.map((e) => e.id).join(', '),
              duration: f.time(s.durationS),
            })}
          </p>
        </div>
        {ownerEditor && !confirming && (
          <div className="toolbar">
            <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
              {t('crowd.delete')}
            </button>
          </div>
        )}
      </header>
      <ErrorMessage error={action.error ?? (result ? null : error)} />
      {confirming && (
        <ConfirmDelete
          question={t('crowd.confirmDelete', { name: s.name })}
          confirmLabel={t('crowd.confirmDeleteYes', { name: s.name })}
          busy={action.busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void action.run(async () => {
              await api.deleteCrowdSimulation(s.id);
              navigate(pathOf({ name: 'site', id: s.siteId }));
              announce(t('crowd.deleted', { name: s.name }));
            })
          }
        />
      )}
      <CrowdProgress simulation={s} />
      {s.status === 'ready' && !result && !error && <p className="loading">{t('crowd.loadingResult')}</p>}
      {result && (
        <section aria-labelledby="crowd-figures-title">
          <h2 id="crowd-figures-title" className="visually-hidden">
            {t('crowdFigure.title')}
          </h2>
          <Headline result={result} />
        </section>
      )}
      {result && frames && (
        <section className="card" aria-labelledby="crowd-playback-title">
          <h2 id="crowd-playback-title">{t('crowdPlayback.title')}</h2>
          <p className="hint">{t('crowdPlayback.hint')}</p>
          {layers.error !== null && layers.error !== undefined && (
            <p className="notice">{t('crowd.noLayers')}</p>
          )}
          <CrowdPlayback
            name={s.name}
            site={site.data ?? null}
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
      {result && (
        <section className="card" aria-labelledby="crowd-curve-title">
          <h2 id="crowd-curve-title">{t('crowdCurve.title')}</h2>
          <p className="hint">{t('crowdCurve.hint')}</p>
          <CrowdCurve result={result} time={frames ? time : null} />
        </section>
      )}
      {result && (
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
      )}
      {ownerEditor && <SharingPanel kind="crowd-simulation" recordId={s.id} ownerOrgId={s.ownerOrgId} />}
    </article>
  );
}

/** A crowd simulation: its progress, then its figures, playback with the density heat map, curve and exit flows. */
export function CrowdSimulationPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <CrowdSimulationView key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
