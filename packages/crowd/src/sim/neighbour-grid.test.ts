import { describe, expect, it } from 'vitest';
import { OUT, WALKING, allocateAgents } from './agents.ts';
import { allocateNeighbourGrid, rebuildNeighbourGrid } from './neighbour-grid.ts';

describe('neighbour grid', () => {
  it('lists every agent that is not out in its cell, in index order', () => {
    const agents = allocateAgents(6);
    const pts = [
      [0.5, 0.5],
      [3.2, 1.1],
      [0.7, 0.2],
      [3.9, 1.9],
      [2.5, 2.5],
      [1, 1],
    ];
    pts.forEach(([px, py], i) => {
      agents.x[i] = px as number;
      agents.y[i] = py as number;
      agents.status[i] = WALKING;
    });
    agents.status[5] = OUT;
    const grid = allocateNeighbourGrid(0, 0, 4, 3, 1, 6, 0);
    rebuildNeighbourGrid(grid, agents);
    expect(grid.meta[0]).toBe(5);
    const seen: number[][] = [];
    for (let k = 0; k < grid.cols * grid.rows; k++) {
      const members = Array.from(grid.order.subarray(grid.start[k], grid.start[k + 1]));
      if (members.length > 0) seen.push(members);
      for (const i of members) expect(grid.agentCell[i]).toBe(k);
    }
    expect(seen).toContainEqual([0, 2]);
    expect(seen.flat().sort()).toEqual([0, 1, 2, 3, 4]);
    expect(grid.agentCell[5]).toBe(-1);
  });
});
