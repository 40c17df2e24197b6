import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { NumberField } from '../../ui/NumberField.tsx';

interface Props {
  readonly label: MessageKey;
  readonly value: number;
  readonly onChange: (value: number) => void;
}

/** An amount in euros kept as typed; each amount the contract takes (0 or more) is passed on as it is typed. */
export function CostField({ label, value, onChange }: Props) {
  const [text, setText] = useState(String(value));
  const number = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(number) && number >= 0 && number <= 1e10;
  return (
    <NumberField
      label={label}
      value={text}
      inputMode="decimal"
      min={0}
      max={1e10}
      step="any"
      required
      invalid={!valid}
      onChange={(next) => {
        setText(next);
        const n = Number(next);
        if (next.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 1e10) onChange(n);
      }}
    />
  );
}
