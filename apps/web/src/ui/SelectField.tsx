import type { MessageKey } from '../i18n/messages.ts';
import { LabelledField } from './LabelledField.tsx';

interface Props<T extends string> {
  readonly label: MessageKey;
  readonly hint?: MessageKey | undefined;
  /** The value of each option, in the order shown ('' for an option meaning none or any). */
  readonly options: readonly T[];
  /** The words of an option. */
  readonly optionName: (option: T) => string;
  readonly value: T;
  readonly onChange: (value: T) => void;
  /** The name of the control in its form. */
  readonly name?: string | undefined;
}

/** A labelled drop-down of a form, one of `options`, its hint under it. */
export function SelectField<T extends string>({
  label,
  hint,
  options,
  optionName,
  value,
  onChange,
  name,
}: Props<T>) {
  return (
    <LabelledField label={label} hint={hint}>
      {(id, hintId) => (
        <select
          id={id}
          name={name}
          value={value}
          aria-describedby={hintId}
          onChange={(e) => {
            const chosen = options.find((o) => o === e.target.value);
            if (chosen !== undefined) onChange(chosen);
          }}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {optionName(o)}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
