import type { InputHTMLAttributes } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { LabelledField } from './LabelledField.tsx';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby' | 'children'
>;

interface Props extends InputAttributes {
  readonly label: MessageKey;
  readonly hint?: MessageKey | undefined;
  /** The value as typed. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly invalid?: boolean | undefined;
  /** The id of a hint elsewhere on the form that explains it, instead of its own `hint`. */
  readonly describedBy?: string | undefined;
}

/**
 * A labelled one-line field of a form (text, number, date …), its value kept as typed, its hint under it;
 * any other attribute (`type`, `maxLength`, `min` …) goes to the input.
 */
export function InputField({ label, hint, value, onChange, invalid, describedBy, ...attributes }: Props) {
  return (
    <LabelledField label={label} hint={hint}>
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
