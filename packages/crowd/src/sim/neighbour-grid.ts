import { OUT, type AgentArrays } from './agents.ts';

// Imported constants copied once: hot loops read a local, not a module binding.
const S_OUT = OUT;

/**
 * A uniform grid of agents rebuilt every step by counting sort into preallocated shared arrays (no
 * allocation per step). `order` lists the agents cell by cell; `start[c]..start[c+1]` are those of cell c.
 */
export interface NeighbourGrid {
  readonly originX: number;
  readonly originY: number;
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
  /** Whether columns wrap around (periodic corridors). */
  readonly wrapX: boolean;
  readonly start: Int32Array;
  readonly order: Int32Array;
  /** Cell of each agent (-1 when out). */
  readonly agentCell: Int32Array;
  /** meta[0]: number of agents in `order`. */
  readonly meta: Int32Array;
  /** Copies of x, y and radius in `order` (contiguous per cell, so neighbour loops read memory in line). */
  readonly px: Float64Array;
  readonly py: Float64Array;
  readonly pr: Float64Array;
}

/**
 * Allocates a neighbour grid over the given extent for `count` agents.
 * @example
 * const grid = allocateNeighbourGrid(0, 0, 30, 20, 1, 1000, 0);
 */
export function allocateNeighbourGrid(
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  cell: number,
  count: number,
  periodX: number,
): NeighbourGrid {
  const wrapX = periodX > 0;
  const cols = wrapX
    ? Math.max(1, Math.floor(periodX / cell))
    : Math.max(1, Math.ceil((maxX - minX) / cell) + 2);
  const cellX = wrapX ? periodX / cols : cell;
  const rows = Math.max(1, Math.ceil((maxY - minY) / cell) + 2);
  const n = Math.max(1, count);
  const cells = cols * rows;
  const buffer = new SharedArrayBuffer(4 * (cells + 1 + 2 * n + 1));
  const copies = new SharedArrayBuffer(8 * 3 * n);
  return {
    originX: wrapX ? 0 : minX - cell,
    originY: minY - cell,
    cell: cellX,
    cols,
    rows,
    wrapX,
    start: new Int32Array(buffer, 0, cells + 1),
    order: new Int32Array(buffer, 4 * (cells + 1), n),
    agentCell: new Int32Array(buffer, 4 * (cells + 1 + n), n),
    meta: new Int32Array(buffer, 4 * (cells + 1 + 2 * n), 1),
    px: new Float64Array(copies, 0, n),
    py: new Float64Array(copies, 8 * n, n),
    pr: new Float64Array(copies, 16 * n, n),
  };
}

/**
 * Rebuilds the grid from the agents' current positions (counting sort, agents in index order within a
 * cell, so the layout is the same on every run).
 * @example
 * rebuildNeighbourGrid(grid, agents);
 */
export function rebuildNeighbourGrid(grid: NeighbourGrid, agents: AgentArrays): void {
  const { start, order, agentCell, cols, rows } = grid;
  const cells = cols * rows;
  start.fill(0);
  const { x, y, status } = agents;
  for (let i = 0; i < agents.count; i++) {
    if (status[i] === S_OUT) {
      agentCell[i] = -1;
      continue;
    }
    let c = Math.floor(((x[i] as number) - grid.originX) / grid.cell);
    let r = Math.floor(((y[i] as number) - grid.originY) / grid.cell);
    if (grid.wrapX) c = ((c % cols) + cols) % cols;
    c = c < 0 ? 0 : c >= cols ? cols - 1 : c;
    r = r < 0 ? 0 : r >= rows ? rows - 1 : r;
    const k = r * cols + c;
    agentCell[i] = k;
    start[k + 1] = (start[k + 1] as number) + 1;
  }
  for (let k = 0; k < cells; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  // Fill with start[k] as the cursor of cell k; afterwards start[k] is where cell k+1 begins.
  for (let i = 0; i < agents.count; i++) {
    const k = agentCell[i] as number;
    if (k < 0) continue;
    const pos = start[k] as number;
    order[pos] = i;
    start[k] = pos + 1;
  }
  for (let k = cells - 1; k > 0; k--) start[k] = start[k - 1] as number;
  start[0] = 0;
  const total = start[cells] as number;
  const { px, py, pr } = grid;
  const radius = agents.radius;
  for (let q = 0; q < total; q++) {
    const j = order[q] as number;
    px[q] = x[j] as number;
    py[q] = y[j] as number;
    pr[q] = radius[j] as number;
  }
  grid.meta[0] = total;
}
