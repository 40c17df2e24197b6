import type { MessageKey } from '../i18n/messages.ts';
import { InputField } from './InputField.tsx';

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
export function NumberField(props: Props) {
  return <InputField type="number" {...props} />;
}
