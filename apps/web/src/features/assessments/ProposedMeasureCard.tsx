import {
  MAX_NAME_LENGTH,
  MeasureKind,
  MeasureStatus,
  type ProposedMeasure,
  type Scenario,
} from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { CostField } from './CostField.tsx';
import { ScoreChangesTable } from './ScoreChangesTable.tsx';

interface Props {
  readonly measure: ProposedMeasure;
  readonly n: number;
  readonly scenarios: readonly Scenario[];
  readonly readOnly: boolean;
  readonly onChange: (patch: Partial<ProposedMeasure>) => void;
  readonly onRemove: () => void;
}

/** One proposed measure: title, kind, cost, who carries it out and by when, its status, what it changes. */
export function ProposedMeasureCard({ measure: m, n, scenarios, readOnly, onChange, onRemove }: Props) {
  const id = useId();
  const { t } = useI18n();
  const title = m.title.trim() === '' ? t('measure.untitled', { n }) : m.title;
  return (
    <section
      className="proposed-measure"
      aria-labelledby={`${id}-title`}
      data-testid="proposed-measure"
      data-measure-id={m.id}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <fieldset className="step-fields" disabled={readOnly}>
        <div className="form-row">
          <NameField label="measure.titleField" value={m.title} onChange={(v) => onChange({ title: v })} grow />
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('measure.kind')}</label>
            <select
              id={`${id}-kind`}
              value={m.kind}
              onChange={(e) => onChange({ kind: MeasureKind.parse(e.target.value) })}
            >
              {MeasureKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`measureKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <CostField label="measure.cost" value={m.costEur} onChange={(costEur) => onChange({ costEur })} />
        </div>
        <div className="form-row">
          <div className="field grow">
            <label htmlFor={`${id}-owner`}>{t('measure.owner')}</label>
            <input
              id={`${id}-owner`}
              maxLength={MAX_NAME_LENGTH}
              value={m.owner}
              onChange={(e) => onChange({ owner: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('measure.due')}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={m.dueDate ?? ''}
              onChange={(e) => onChange({ dueDate: e.target.value === '' ? null : e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('measure.status')}</label>
            <select
              id={`${id}-status`}
              value={m.status}
              onChange={(e) => onChange({ status: MeasureStatus.parse(e.target.value) })}
            >
              {MeasureStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t(`measureStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <h4>{t('measure.changes')}</h4>
        <p className="hint">{t('measure.changesHint')}</p>
        <ScoreChangesTable
          title={title}
          changes={m.changes}
          scenarios={scenarios}
          onChange={(changes) => onChange({ changes })}
        />
      </fieldset>
      {!readOnly && (
        <div className="actions">
          <button
            type="button"
            className="button-danger"
            aria-label={t('measure.removeLabel', { title })}
            onClick={onRemove}
          >
            {t('measure.remove')}
          </button>
        </div>
      )}
    </section>
  );
}
