import {
  MAX_ASSESSMENT_TEXT,
  MAX_EXISTING_MEASURES,
  MeasureKind,
  type ExistingMeasure,
  type IndicatorDetail,
} from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { withBuiltMeasures } from './builtMeasures.ts';
import { newItemId } from './itemId.ts';
import { withoutMeasureRefs } from './scenarios.ts';
import type { StepProps } from './StepProps.ts';

type BuiltDetail = Extract<IndicatorDetail, { key: 'built-measures' }>;

/** The measures of one kind, each described in place, and the field that adds one. */
function KindSection({
  kind,
  measures,
  readOnly,
  full,
  onChange,
  onRemove,
  onAdd,
}: {
  kind: MeasureKind;
  measures: readonly (ExistingMeasure & { readonly n: number })[];
  readOnly: boolean;
  full: boolean;
  onChange: (id: string, description: string) => void;
  onRemove: (id: string) => void;
  onAdd: (description: string) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <section
      className="measure-kind"
      aria-labelledby={`${id}-title`}
      data-testid="existing-kind"
      data-kind={kind}
    >
      <h3 id={`${id}-title`}>{t(`measureKind.${kind}`)}</h3>
      <p className="hint">{t(`existing.kindHint.${kind}`)}</p>
      {measures.length === 0 && <p className="empty">{t('existing.none')}</p>}
      <ul className="plain-list existing-list">
        {measures.map((m) => (
          <li key={m.id} data-testid="existing-measure" data-source={m.source}>
            <input
              aria-label={t('existing.descriptionOf', { n: m.n })}
              required
              maxLength={MAX_ASSESSMENT_TEXT}
              value={m.description}
              disabled={readOnly}
              onChange={(e) => onChange(m.id, e.target.value)}
            />
            {m.source !== 'user' && <span className="badge">{t(`measureSource.${m.source}`)}</span>}
            {!readOnly && (
              <RowAction
                text={t('existing.remove')}
                label={t('existing.removeLabel', { description: m.description })}
                onClick={() => onRemove(m.id)}
              />
            )}
          </li>
        ))}
      </ul>
      {!readOnly && !full && (
        <form className="form form-row" onSubmit={add}>
          <div className="field grow">
            <label htmlFor={`${id}-new`}>{t('existing.new')}</label>
            <input
              id={`${id}-new`}
              maxLength={MAX_ASSESSMENT_TEXT}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit">{t('existing.add')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/**
 * Step 3: what already protects the space, by kind (natural, built, organisational); the built ones can be
 * taken from the site's data: the OpenStreetMap barriers and the verified protection plan.
 */
export function ExistingMeasuresStep({ form, readOnly }: StepProps) {
  const { t, formatCount, formatEuros } = useI18n();
  const { announce } = useStatus();
  const { existingMeasures, scenarios } = form.draft.content;
  const detail = form.assessment.indicators.find((i) => i.key === 'built-measures')?.detail;
  const built: BuiltDetail | null = detail?.key === 'built-measures' ? detail : null;
  const full = existingMeasures.length >= MAX_EXISTING_MEASURES;
  const numbered = existingMeasures.map((m, i) => ({ ...m, n: i + 1 }));

  const remove = (ids: ReadonlySet<string>, next: ExistingMeasure[]) =>
    form.editContent({ existingMeasures: next, scenarios: withoutMeasureRefs(scenarios, ids) });
  const takeBuilt = (source: 'osm' | 'plan') => {
    if (!built) return;
    const { measures, removed } = withBuiltMeasures(existingMeasures, built, source, {
      osm: (b) => t('existing.osmDescription', { count: formatCount(b.count), class: b.class }),
      plan: (p) =>
        t('existing.planDescription', {
          count: formatCount(p.measures),
          cost: p.costEur === null ? t('common.none') : formatEuros(p.costEur),
        }),
    });
    const added = measures.length - (existingMeasures.length - removed.size);
    remove(removed, measures.slice(0, MAX_EXISTING_MEASURES));
    announce(added > 0 ? t('existing.added', { count: added }) : t('existing.nothingToAdd'));
  };

  return (
    <>
      {!readOnly && built && (
        <section className="from-data" aria-labelledby="existing-from-data">
          <h3 id="existing-from-data">{t('existing.fromIndicator')}</h3>
          <p className="hint">{t('existing.fromIndicatorHint')}</p>
          <div className="actions">
            <button type="button" disabled={built.osm.length === 0} onClick={() => takeBuilt('osm')}>
              {t('existing.addOsm')}
            </button>
            <button type="button" disabled={!built.planMeasures} onClick={() => takeBuilt('plan')}>
              {t('existing.addPlan')}
            </button>
          </div>
        </section>
      )}
      {MeasureKind.options.map((kind) => (
        <KindSection
          key={kind}
          kind={kind}
          measures={numbered.filter((m) => m.kind === kind)}
          readOnly={readOnly}
          full={full}
          onChange={(id, description) =>
            form.editContent({
              existingMeasures: existingMeasures.map((m) => (m.id === id ? { ...m, description } : m)),
            })
          }
          onRemove={(id) =>
            remove(
              new Set([id]),
              existingMeasures.filter((m) => m.id !== id),
            )
          }
          onAdd={(description) =>
            form.editContent({
              existingMeasures: [...existingMeasures, { id: newItemId(), kind, description, source: 'user' }],
            })
          }
        />
      ))}
    </>
  );
}
