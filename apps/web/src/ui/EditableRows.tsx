import { useId, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import { RowAction } from './RowAction.tsx';
import { rowLimits, withoutRow, withRow } from './rowList.ts';

/** The words of a list of rows; `row` and `removeLabel` are given the row's number as `{n}`. */
export interface RowWords {
  readonly legend: MessageKey;
  readonly row: MessageKey;
  readonly add: MessageKey;
  readonly remove: MessageKey;
  /** What the remove button says to a screen reader, naming the row. */
  readonly removeLabel: MessageKey;
}

/** One row as its fields see it. */
export interface RowEdit<T, P> {
  readonly row: T;
  readonly index: number;
  /** A prefix of ids unique to the row, for a hint its fields share. */
  readonly id: string;
  /** The row's problems to show. */
  readonly problems: readonly P[];
  /** Changes some values of the row. */
  readonly set: (patch: Partial<T>) => void;
}

interface Props<T, P extends string> {
  readonly words: RowWords;
  /** Said under the legend. */
  readonly hint?: string | undefined;
  readonly testId: string;
  readonly rowTestId: string;
  readonly rows: readonly T[];
  /** The problems of each row, shown once the form was sent. */
  readonly problems: readonly (readonly P[])[];
  readonly problemKey: (problem: P) => MessageKey;
  /** Rows stay at least this many (the last one cannot be removed at 1) and are added up to `max`. */
  readonly min: number;
  readonly max: number;
  /** A new row. */
  readonly empty: () => T;
  readonly onChange: (rows: T[]) => void;
  /** The fields of one row. */
  readonly children: (edit: RowEdit<T, P>) => ReactNode;
}

/**
 * A list of rows of a form, each a group of fields numbered in its legend with its problems under it; rows are
 * added at the end up to `max` and removed down to `min`.
 */
export function EditableRows<T, P extends string>({
  words,
  hint,
  testId,
  rowTestId,
  rows,
  problems,
  problemKey,
  min,
  max,
  empty,
  onChange,
  children,
}: Props<T, P>) {
  const { t } = useI18n();
  const id = useId();
  const limits = rowLimits(rows.length, min, max);
  return (
    <fieldset className="field" data-testid={testId}>
      <legend>{t(words.legend)}</legend>
      {hint && <p className="hint">{hint}</p>}
      {rows.map((row, index) => {
        const shown = problems[index] ?? [];
        const set = (patch: Partial<T>) => onChange(withRow(rows, index, { ...row, ...patch }));
        return (
          <fieldset key={index} className="card" data-testid={rowTestId}>
            <legend>{t(words.row, { n: index + 1 })}</legend>
            {children({ row, index, id: `${id}-${index}`, problems: shown, set })}
            {shown.map((p) => (
              <p key={p} className="field-problem" role="alert">
                {t(problemKey(p))}
              </p>
            ))}
            {limits.remove && (
              <div className="actions">
                <RowAction
                  text={t(words.remove)}
                  label={t(words.removeLabel, { n: index + 1 })}
                  onClick={() => onChange(withoutRow(rows, index))}
                />
              </div>
            )}
          </fieldset>
        );
      })}
      {limits.add && (
        <div className="actions">
          <button type="button" onClick={() => onChange([...rows, empty()])}>
            {t(words.add)}
          </button>
        </div>
      )}
    </fieldset>
  );
}
