import type { ReactNode } from 'react';

interface Props {
  /** Names the row for the page's scripts and tests (`{ 'data-entry': 3 }`). */
  readonly data: Readonly<Record<`data-${string}`, number>>;
  readonly selected: boolean;
  readonly onSelect: () => void;
  /** The row's number on its button (a rank, a line number), after a dot of the row's colour. */
  readonly number: number;
  readonly colour: string;
  /** What choosing the row does, for screen readers ("Show entry 3 on the map"). */
  readonly label: string;
  /** The row's cells after its button. */
  readonly children: ReactNode;
}

/**
 * A row of a table that can be chosen (to show it on the map): by its button, pressed while it is chosen,
 * or by a click anywhere on the row.
 */
export function SelectableRow({ data, selected, onSelect, number, colour, label, children }: Props) {
  return (
    <tr className={selected ? 'row-selected' : undefined} {...data} onClick={onSelect}>
      <th scope="row">
        <button
          type="button"
          className="row-button"
          aria-pressed={selected}
          aria-label={label}
          onClick={(event) => {
            event.stopPropagation();
            onSelect();
          }}
        >
          <span className="dot" style={{ background: colour }} aria-hidden="true" />
          {number}
        </button>
      </th>
      {children}
    </tr>
  );
}
