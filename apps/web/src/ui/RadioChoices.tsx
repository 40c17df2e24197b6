import { useId } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props<T extends string> {
  readonly legend: MessageKey;
  readonly options: readonly T[];
  /** The words of an option. */
  readonly name: (option: T) => string;
  /** What choosing it means, said beside it. */
  readonly hint: (option: T) => string;
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** One of a few options of a form as radio buttons, each with what it means beside it. */
export function RadioChoices<T extends string>({ legend, options, name, hint, value, onChange }: Props<T>) {
  const id = useId();
  const { t } = useI18n();
  return (
    <fieldset className="field">
      <legend>{t(legend)}</legend>
      {options.map((o) => (
        <div key={o} className="choice">
          <input
            id={`${id}-${o}`}
            type="radio"
            name={`${id}-choice`}
            value={o}
            checked={value === o}
            aria-describedby={`${id}-${o}-hint`}
            onChange={() => onChange(o)}
          />
          <label htmlFor={`${id}-${o}`}>{name(o)}</label>
          <span className="hint" id={`${id}-${o}-hint`}>
            {hint(o)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
