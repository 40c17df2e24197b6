import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly field: 'likelihood' | 'impact';
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** A likelihood or an impact from 1 to 5, each value named ("4 — Likely"), or not scored: a radio group. */
export function ScoreRadios({ field, value, onChange }: Props) {
  const name = useId();
  const { t } = useI18n();
  return (
    <fieldset className="score-radios" data-field={field}>
      <legend>{t(`scenario.${field}`)}</legend>
      <div className="score-options">
        <label className="score-option">
          <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
          {t('scenario.notScored')}
        </label>
        {SCORES.map((s) => (
          <label key={s} className="score-option">
            <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
            {t('scenario.scoreOption', { score: s, label: t(`${field}.${s}`) })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
