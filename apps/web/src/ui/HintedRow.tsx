import { useId, type ReactNode } from 'react';

interface Props {
  readonly className: string;
  readonly hint: ReactNode;
  /** The fields of the row, given the id of the hint to point to. */
  readonly children: (hintId: string) => ReactNode;
}

/** A row of a form: its fields, then the hint that explains them, filling the rest of the row. */
export function HintedRow({ className, hint, children }: Props) {
  const hintId = useId();
  return (
    <div className={className}>
      {children(hintId)}
      <p className="hint grow" id={hintId}>
        {hint}
      </p>
    </div>
  );
}
