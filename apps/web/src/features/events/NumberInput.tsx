import { useEffect, useId, useState } from 'react';
import { numberOfText as accepted } from './numberText.ts';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly onValue: (value: number) => void;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (people, lanes, staff). */
  readonly integer?: boolean;
  readonly step?: number | 'any';
  readonly unit?: string;
  readonly disabled?: boolean;
}

/**
 * A labelled number of an editor saved as it is typed: the text stays as typed, and the value is passed
 * on when it is a number the plan takes (a field left out of range says so and is not saved).
 */
export function NumberInput({
  label,
  value,
  onValue,
  min,
  max,
  integer = false,
  step = 'any',
  unit,
  disabled = false,
}: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  // A value changed elsewhere (a reload, another edit) replaces what is shown, unless it is what is typed.
  useEffect(() => {
    setText((typed) => (accepted(typed, min, max, integer) === value ? typed : String(value)));
  }, [value, min, max, integer]);
  const invalid = accepted(text, min, max, integer) === null;
  return (
    <div className="field field-number">
      <label htmlFor={id}>
        {label}
        {unit && <span className="meta"> ({unit})</span>}
      </label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={integer ? 1 : step}
        value={text}
        disabled={disabled}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const next = accepted(e.target.value, min, max, integer);
          if (next !== null && next !== value) onValue(next);
        }}
      />
    </div>
  );
}
