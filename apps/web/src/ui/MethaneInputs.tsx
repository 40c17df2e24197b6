import type { Methane } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';
import { METHANE_FIELDS } from './methane.ts';
import { methaneKey, type MethaneWords } from './methaneWords.ts';

interface Props {
  readonly value: Methane;
  readonly onChange: (next: Methane) => void;
  /** The feature's words for the report (`events.ops.methane` …). */
  readonly words: MethaneWords;
  readonly disabled?: boolean;
}

/**
 * The fields of a JESIP M/ETHANE report, folded under its title: Major incident declared?, Exact location,
 * Type of incident, Hazards, Access, Number of casualties, Emergency services present and required.
 */
export function MethaneInputs({ value, onChange, words, disabled = false }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <details className="methane-fields" data-testid="methane-fields">
      <summary>{t(methaneKey(words, 'title'))}</summary>
      <p className="hint">{t(methaneKey(words, 'intro'))}</p>
      <div className="field-inline">
        <input
          id={`${id}-major`}
          type="checkbox"
          checked={value.major}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, major: e.target.checked })}
        />
        <label htmlFor={`${id}-major`}>{t(methaneKey(words, 'major'))}</label>
      </div>
      {METHANE_FIELDS.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`${id}-${f}`}>{t(methaneKey(words, f))}</label>
          <input
            id={`${id}-${f}`}
            maxLength={1_000}
            value={value[f]}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, [f]: e.target.value })}
          />
        </div>
      ))}
    </details>
  );
}
