import type { PlanFeature } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  /** The plan's features to pick from. */
  readonly features: readonly PlanFeature[];
  /** The ids picked. */
  readonly value: readonly string[];
  /** What the picked features are for, in words ("Features of Design · Ingress"). */
  readonly label: string;
  readonly readOnly: boolean;
  readonly onChange: (ids: string[]) => void;
}

/** A feature's name as the plan's lists show it: its own name, else its id. */
export const featureName = (f: Pick<PlanFeature, 'id' | 'name'>): string => f.name || f.id;

/**
 * The plan's features a worksheet entry talks about, picked by name: a summary of those picked, opening on
 * a tick box per feature of the plan (nothing while the plan has none). Ids of features since removed from
 * the plan are left out.
 */
export function WorksheetFeatures({ features, value, label, readOnly, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const picked = new Set(value);
  const chosen = features.filter((f) => picked.has(f.id));
  const names = chosen.length === 0 ? t('events.ops.features.none') : chosen.map(featureName).join(', ');
  if (features.length === 0) return null;
  if (readOnly)
    return (
      <p className="worksheet-features meta" data-testid="worksheet-features">
        <span className="visually-hidden">{label}: </span>
        {t('events.ops.features.list', { names })}
      </p>
    );
  const toggle = (featureId: string, on: boolean) =>
    onChange(features.filter((f) => (f.id === featureId ? on : picked.has(f.id))).map((f) => f.id));
  return (
    <details className="worksheet-features" data-testid="worksheet-features">
      <summary>{t('events.ops.features.list', { names })}</summary>
      <fieldset className="check-grid">
        <legend className="visually-hidden">{label}</legend>
        {features.map((f) => (
          <label key={f.id} className="check" htmlFor={`${id}-${f.id}`}>
            <input
              id={`${id}-${f.id}`}
              type="checkbox"
              checked={picked.has(f.id)}
              onChange={(e) => toggle(f.id, e.target.checked)}
            />
            <span>{featureName(f)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
