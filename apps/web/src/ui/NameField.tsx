import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useId } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** The required name (or title) of what a form creates: up to `MAX_NAME_LENGTH` characters, as the API takes. */
export function NameField({ label, value, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        required
        maxLength={MAX_NAME_LENGTH}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
