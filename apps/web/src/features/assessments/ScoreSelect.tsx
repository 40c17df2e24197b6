import { useId } from 'react';

interface Props {
  readonly label: string;
  readonly hint?: string;
  readonly value: number | null;
  /** The choice of no score ("Not stated", "Unchanged" …). */
  readonly emptyLabel: string;
  /** The words of each score, "3 — Possible"; the bare number when not given. */
  readonly optionLabel?: (score: number) => string;
  readonly max?: number;
  readonly onChange: (value: number | null) => void;
}

/** A score from 1 to `max` (5 unless given), or none, as a labelled select. */
export function ScoreSelect({ label, hint, value, emptyLabel, optionLabel, max = 5, onChange }: Props) {
  const id = useId();
  const scores = Array.from({ length: max }, (_, i) => i + 1);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{emptyLabel}</option>
        {scores.map((s) => (
          <option key={s} value={s}>
            {optionLabel ? optionLabel(s) : s}
          </option>
        ))}
      </select>
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </div>
  );
}
