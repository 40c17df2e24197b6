import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useId } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** False for a name that may stay empty. */
  readonly required?: boolean;
  /** Takes the room left in its row. */
  readonly grow?: boolean;
}

/** The name (or title) of what a form creates, required by default: up to `MAX_NAME_LENGTH` characters, as the API takes. */
export function NameField({ label, value, onChange, required = true, grow = false }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <div className={grow ? 'field grow' : 'field'}>
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        required={required}
        maxLength={MAX_NAME_LENGTH}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
