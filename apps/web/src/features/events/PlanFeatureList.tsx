import type { EventCalculations, PlanFeature } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FeatureFields } from './FeatureFields.tsx';
import { removeFeature, toolOf, updateFeature } from './map/planFeatures.ts';
import { featureColour } from './map/planOverlay.ts';

interface Props {
  readonly features: readonly PlanFeature[];
  readonly warnings: EventCalculations['warnings'];
  readonly editable: boolean;
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onFeatures: (change: (features: readonly PlanFeature[]) => PlanFeature[]) => void;
}

/**
 * The features of the plan beside its map, in the order they were drawn: each with its kind, its name and
 * what it holds (widths, lanes, flows, staff …), editable and deletable; "Show on map" outlines it there.
 * A feature a warning of the figures is about says so.
 */
export function PlanFeatureList({ features, warnings, editable, selected, onSelect, onFeatures }: Props) {
  const { t } = useI18n();
  if (features.length === 0) return <p className="empty">{t('eventPlan.empty')}</p>;
  const warned = new Set(warnings.flatMap((w) => (w.featureId ? [w.featureId] : [])));
  return (
    <ol className="plan-features" aria-label={t('eventPlan.listLabel')} data-testid="plan-features">
      {features.map((f) => {
        const label = f.name || f.id;
        return (
          <li
            key={f.id}
            className={f.id === selected ? 'plan-feature plan-feature-selected' : 'plan-feature'}
            data-testid="plan-feature"
            data-feature-id={f.id}
            data-type={f.type}
          >
            <div className="plan-feature-head">
              <span className="swatch" style={{ background: featureColour(f) }} aria-hidden="true" />
              <strong>{t(`eventTool.${toolOf(f)}`)}</strong>
              <span className="meta">{f.id}</span>
              {warned.has(f.id) && <span className="badge plan-feature-warned">{t('eventPlan.warned')}</span>}
              <span className="plan-feature-actions">
                <button
                  type="button"
                  aria-pressed={f.id === selected}
                  aria-label={t('eventPlan.showOf', { name: label })}
                  onClick={() => onSelect(f.id === selected ? null : f.id)}
                >
                  {t('eventPlan.show')}
                </button>
                {editable && (
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('eventPlan.deleteOf', { name: label })}
                    onClick={() => onFeatures((all) => removeFeature(all, f.id))}
                  >
                    {t('common.delete')}
                  </button>
                )}
              </span>
            </div>
            <FeatureFields
              feature={f}
              editable={editable}
              onChange={(change) => onFeatures((all) => updateFeature(all, f.id, change))}
            />
          </li>
        );
      })}
    </ol>
  );
}
