import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly field: 'likelihood' | 'impact';
  /** What it says to a screen reader ("Likelihood of Arson with this measure"). */
  readonly label: string;
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** A cell of a table holding a score from 1 to 5, each value named, or "unchanged". */
export function ScoreSelectCell({ field, label, value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <td>
      <select
        aria-label={label}
        data-field={field}
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('measure.unchanged')}</option>
        {SCORES.map((s) => (
          <option key={s} value={s}>
            {t('scenario.scoreOption', { score: s, label: t(`${field}.${s}`) })}
          </option>
        ))}
      </select>
    </td>
  );
}
