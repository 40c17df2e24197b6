import { DimIceCell } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { dimIceCell, withDimIceCell } from './DimIceCells.ts';

describe('the DIM-ICE grid', () => {
  it('gives an empty cell the contract accepts where nothing is written', () => {
    const cell = dimIceCell([], 'information', 'egress');
    expect(cell).toEqual({
      row: 'information',
      column: 'egress',
      normal: '',
      abnormal: '',
      emergency: '',
      features: [],
    });
    expect(DimIceCell.safeParse(cell).success).toBe(true);
  });

  it('keeps the cells in the grid’s order and replaces a changed one', () => {
    let cells = withDimIceCell([], {
      ...dimIceCell([], 'management', 'egress'),
      normal: 'Phased release by sector',
    });
    cells = withDimIceCell(cells, {
      ...dimIceCell(cells, 'design', 'circulation'),
      emergency: 'Relief routes',
      features: ['r1'],
    });
    cells = withDimIceCell(cells, {
      ...dimIceCell(cells, 'management', 'egress'),
      abnormal: 'Hold the crowd at the gates',
    });
    expect(cells.map((c) => `${c.row}/${c.column}`)).toEqual(['design/circulation', 'management/egress']);
    expect(dimIceCell(cells, 'management', 'egress')).toMatchObject({
      normal: 'Phased release by sector',
      abnormal: 'Hold the crowd at the gates',
    });
  });

  it('takes out a cell emptied again', () => {
    const cells = withDimIceCell([], {
      ...dimIceCell([], 'design', 'ingress'),
      normal: 'Queues on the promenade',
    });
    expect(withDimIceCell(cells, { ...dimIceCell(cells, 'design', 'ingress'), normal: '  ' })).toEqual([]);
  });
});
