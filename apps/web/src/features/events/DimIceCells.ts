import { DIM_ROWS, ICE_COLUMNS, type DimIceCell } from '@pactesur/contracts';

export type DimRow = (typeof DIM_ROWS)[number];
export type IceColumn = (typeof ICE_COLUMNS)[number];

/** The cell of the DIM-ICE grid at `row` × `column`, empty when nothing is written in it yet. */
export function dimIceCell(cells: readonly DimIceCell[], row: DimRow, column: IceColumn): DimIceCell {
  return (
    cells.find((c) => c.row === row && c.column === column) ?? {
      row,
      column,
      normal: '',
      abnormal: '',
      emergency: '',
      features: [],
    }
  );
}

const isEmpty = (c: DimIceCell) =>
  c.normal.trim() === '' && c.abnormal.trim() === '' && c.emergency.trim() === '' && c.features.length === 0;

/**
 * The grid with one cell changed: the cells in the grid's order (Design, Information, Management, each
 * across Ingress, Circulation, Egress), a cell left empty taken out, so the plan holds what was written.
 */
export function withDimIceCell(cells: readonly DimIceCell[], cell: DimIceCell): DimIceCell[] {
  const others = cells.filter((c) => !(c.row === cell.row && c.column === cell.column));
  const all = isEmpty(cell) ? others : [...others, cell];
  const order = (c: DimIceCell) =>
    DIM_ROWS.indexOf(c.row) * ICE_COLUMNS.length + ICE_COLUMNS.indexOf(c.column);
  return all.sort((a, b) => order(a) - order(b));
}
