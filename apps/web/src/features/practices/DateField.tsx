import type { MessageKey } from '../../i18n/messages.ts';
import { InputField } from '../../ui/InputField.tsx';

interface Props {
  readonly label: MessageKey;
  /** A calendar day, `2016-07-14`, or null. */
  readonly value: string | null;
  readonly invalid?: boolean;
  readonly onChange: (value: string | null) => void;
}

/** A calendar day of the practice (when it started or ended), or none. */
export function DateField({ label, value, invalid, onChange }: Props) {
  return (
    <InputField
      label={label}
      type="date"
      value={value ?? ''}
      invalid={invalid}
      onChange={(day) => onChange(day === '' ? null : day)}
    />
  );
}
