import { MAX_EVENT_PEOPLE, type PlanFeature } from '@pactesur/contracts';
import { useId } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { useResource } from '../../ui/useResource.ts';
import { NumberInput } from './NumberInput.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanSections } from './PlanSections.tsx';
import type { PlanDraft } from './usePlanDraft.ts';

/**
 * The plan: the audience (the peak expected, and whether the flows are reduced for alcohol or an older
 * audience), the features drawn on the site's map with their list, and the written sections.
 */
export function PlanTab({ draft, editable }: { draft: PlanDraft; editable: boolean }) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const { event, parts } = draft;
  const site = useResource(() => api.getSite(event.siteId), event.siteId);
  const layers = useResource(() => api.siteLayers(event.siteId).catch(() => null), event.siteId);
  const onFeatures = (change: (features: readonly PlanFeature[]) => PlanFeature[]) =>
    draft.edit((p) => ({ ...p, features: change(p.features) }));
  return (
    <>
      <section className="card" aria-labelledby={`${id}-audience`} data-testid="event-audience">
        <h2 id={`${id}-audience`}>{t('eventPlan.audienceTitle')}</h2>
        <p className="hint">{t('eventPlan.audienceHint')}</p>
        {editable ? (
          <div className="form">
            <NumberInput
              label={t('eventPlan.expectedPeak')}
              unit={t('eventUnit.people')}
              value={parts.expectedPeak}
              min={0}
              max={MAX_EVENT_PEOPLE}
              integer
              onValue={(expectedPeak) => draft.edit((p) => ({ ...p, expectedPeak }))}
            />
            <CheckField
              label="eventPlan.reducedFlows"
              hint="eventPlan.reducedFlowsHint"
              checked={parts.reducedFlows}
              onChange={(reducedFlows) => draft.edit((p) => ({ ...p, reducedFlows }))}
            />
          </div>
        ) : (
          <dl className="event-facts">
            <div>
              <dt>{t('eventPlan.expectedPeak')}</dt>
              <dd data-testid="expected-peak">{formatCount(parts.expectedPeak)}</dd>
            </div>
            <div>
              <dt>{t('eventPlan.reducedFlows')}</dt>
              <dd>{parts.reducedFlows ? t('common.yes') : t('common.no')}</dd>
            </div>
          </dl>
        )}
      </section>
      <PlanEditor
        site={site.data ?? null}
        layers={layers.data ?? null}
        features={parts.features}
        warnings={event.calculations.warnings}
        editable={editable}
        onFeatures={onFeatures}
      />
      <PlanSections
        sections={parts.sections}
        editable={editable}
        onChange={(section, text) =>
          draft.edit((p) => ({ ...p, sections: { ...p.sections, [section]: text } }))
        }
      />
    </>
  );
}
