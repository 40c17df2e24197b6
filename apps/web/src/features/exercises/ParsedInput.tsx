import { useState, type InputHTMLAttributes } from 'react';

interface Props<T> extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly value: T;
  readonly format: (value: T) => string;
  /** The value a text stands for; null for a text that stands for none (yet). */
  readonly parse: (text: string) => T | null;
  readonly same: (a: T, b: T) => boolean;
  readonly onValue: (value: T) => void;
}

/**
 * A text field for a value written in a form of its own (a scenario time `01:30`, a list `a; b`): the text
 * is kept as typed; each text that stands for a value hands it on, one that does not is marked invalid
 * until corrected. A value changed elsewhere (a reload) replaces the text.
 */
export function ParsedInput<T>({ value, format, parse, same, onValue, ...input }: Props<T>) {
  const [text, setText] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  const parsed = parse(text);
  if (!same(shown, value)) {
    // The value changed, and not from this field's text: show the new one.
    setShown(value);
    if (parsed === null || !same(parsed, value)) setText(format(value));
  }
  return (
    <input
      {...input}
      value={text}
      aria-invalid={parsed === null || input['aria-invalid'] === true}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const v = parse(next);
        if (v !== null) {
          setShown(v);
          if (!same(v, value)) onValue(v);
        }
      }}
    />
  );
}
