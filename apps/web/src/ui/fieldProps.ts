import type { MessageKey } from '../i18n/messages.ts';

/** What a labelled field of a form takes: its label, its hint, its value as typed and whether it is wrong. */
export interface FieldProps {
  readonly label: MessageKey;
  /** Said under the control, which points to it. */
  readonly hint?: MessageKey | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly invalid?: boolean | undefined;
}

/** The attributes of a field's control that its props leave to the page (`type`, `maxLength`, `rows` …). */
export type ControlAttributes<A> = Omit<
  A,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby' | 'children'
>;
