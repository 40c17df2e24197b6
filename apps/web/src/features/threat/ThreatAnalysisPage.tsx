import type { MapLayersJson } from '@pactesur/api-client';
import type { MyMembership, ThreatAnalysis } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { useResource } from '../../ui/useResource.ts';
import { JobRecordFrame } from '../jobs/JobRecordFrame.tsx';
import { ThreatResultView } from './ThreatResultView.tsx';
import { useThreatAnalysis } from './useThreatAnalysis.ts';
import { byClassOrder, vehicleClassName } from './vehicleClassName.ts';

function ThreatAnalysisView({ id, membership }: { id: string; membership: MyMembership }) {
  const { t, formatMeasure } = useI18n();
  const { analysis, result, error } = useThreatAnalysis(id, membership.orgId);
  // The layers come with the analysis: a partner it was shared with may not see the site itself.
  const layers = useResource<MapLayersJson | null>(() => api.threatLayers(id), `${id}:${membership.orgId}`);
  const classes = (a: ThreatAnalysis) =>
    byClassOrder(a.classIds)
      .map((c) => vehicleClassName(t, c, result?.classes.find((r) => r.class === c)?.name))
      .join(', ');

  // Analysts start analyses; deleting and sharing one takes an editor of the owner (as for every record).
  return (
    <JobRecordFrame
      ns="threat"
      membership={membership}
      record={analysis}
      done={result !== undefined}
      error={error}
      remove={api.deleteThreatAnalysis}
      details={(a) => (
        <p className="meta">
          {t('threat.settings', {
            classes: classes(a),
            spacing: formatMeasure(a.spacingM, 'm'),
            sensitivity: a.sensitivity ? t('common.yes') : t('common.no'),
          })}
        </p>
      )}
    >
      {({ record: a, siteName }) =>
        result && (
          <>
            {layers.error !== null && layers.error !== undefined && (
              <p className="notice">{t('threat.noLayers')}</p>
            )}
            <ThreatResultView analysis={a} result={result} layers={layers.data ?? null} siteName={siteName} />
          </>
        )
      }
    </JobRecordFrame>
  );
}

/** A vehicle threat analysis: its progress, then its map, entries, per-class summary and exports. */
export function ThreatAnalysisPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <ThreatAnalysisView key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
