import { useId } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  /** The number as typed. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputMode: 'numeric' | 'decimal';
  readonly min: number;
  readonly max?: number | undefined;
  readonly step: number | 'any';
  readonly required?: boolean | undefined;
  readonly invalid?: boolean | undefined;
  /** The id of the hint that explains it. */
  readonly describedBy?: string | undefined;
}

/** A labelled number field of a form, its value kept as typed. */
export function NumberField({ label, value, onChange, invalid, describedBy, ...limits }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        type="number"
        {...limits}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
