import { useId, type ReactNode } from 'react';

interface Props<V extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly V[];
  readonly value: V | null;
  readonly onChange: (value: V) => void;
  readonly label: (value: V) => string;
  readonly hint: (value: V) => string;
  readonly disabled?: boolean;
  /** Shown under the choices (a warning about the one chosen). */
  readonly children?: ReactNode;
}

/** One choice among a few, each a radio button with its name and a line that says what it means. */
export function ChoiceCards<V extends string>({ legend, name, options, value, onChange, label, hint, disabled, children }: Props<V>) {
  const id = useId();
  return (
    <fieldset className="choice-cards" data-testid={`choice-${name}`}>
      <legend>{legend}</legend>
      <div className="choice-card-grid">
        {options.map((option) => (
          <div key={option} className={option === value ? 'choice-card choice-card-on' : 'choice-card'}>
            <input
              id={`${id}-${option}`}
              type="radio"
              name={`${id}-${name}`}
              value={option}
              checked={option === value}
              disabled={disabled}
              aria-describedby={`${id}-${option}-hint`}
              onChange={() => onChange(option)}
            />
            <label htmlFor={`${id}-${option}`}>{label(option)}</label>
            <small id={`${id}-${option}-hint`}>{hint(option)}</small>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
