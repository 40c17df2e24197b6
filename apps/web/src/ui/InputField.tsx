import type { InputHTMLAttributes } from 'react';
import type { ControlAttributes, FieldProps } from './fieldProps.ts';
import { LabelledField } from './LabelledField.tsx';

interface Props extends ControlAttributes<InputHTMLAttributes<HTMLInputElement>>, FieldProps {
  /** The id of a hint elsewhere on the form that explains it, instead of its own `hint`. */
  readonly describedBy?: string | undefined;
  /** Takes the room left in its row. */
  readonly grow?: boolean | undefined;
}

/**
 * A labelled one-line field of a form (text, number, date …), its value kept as typed, its hint under it;
 * any other attribute (`type`, `maxLength`, `min` …) goes to the input.
 */
export function InputField({
  label,
  hint,
  value,
  onChange,
  invalid,
  describedBy,
  grow = false,
  ...attributes
}: Props) {
  return (
    <LabelledField label={label} hint={hint} className={grow ? 'field grow' : 'field'}>
      {(id, hintId) => (
        <input
          id={id}
          {...attributes}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy ?? hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </LabelledField>
  );
}
