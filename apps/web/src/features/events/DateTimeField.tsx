import { useId } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  /** As a `datetime-local` field holds it (`2027-02-09T10:00`), in the browser's time zone. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly invalid?: boolean;
}

/** A labelled date and time of a form, in the browser's time zone. */
export function DateTimeField({ label, hint, value, onChange, required = false, invalid = false }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        type="datetime-local"
        required={required}
        value={value}
        aria-invalid={invalid}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && <small id={`${id}-hint`}>{t(hint)}</small>}
    </div>
  );
}
