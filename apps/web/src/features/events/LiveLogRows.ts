import type { DensityLevel, LogEntry } from '@pactesur/contracts';

/** One gate's share of a run of counts. */
export interface GateTally {
  readonly gate: string;
  readonly in: number;
  readonly out: number;
}

/** A run of gate counts one after the other, summed (a log of clicks would bury the incidents). */
export interface CountsRow {
  readonly kind: 'counts';
  readonly first: number;
  readonly last: number;
  readonly entries: number;
  readonly in: number;
  readonly out: number;
  /** Per gate, in the order the gates first appear in the run. */
  readonly gates: readonly GateTally[];
  readonly from: string;
  readonly to: string;
  /** Occupancy, density and level after the run's last count. */
  readonly occupancy: number;
  readonly density: number;
  readonly level: DensityLevel;
}

/** Any other entry, shown as it is: an incident, a threshold crossed, a trigger point reached, a change of status. */
export interface EntryRow {
  readonly kind: 'entry';
  readonly first: number;
  readonly last: number;
  readonly entry: LogEntry;
}

export type LogRow = CountsRow | EntryRow;

/**
 * The rows of the log: every entry in `seq` order, the counts that follow one another summed in one row
 * (with their gates), every other entry a row of its own.
 *
 * @example logRows([count(1), count(2), incident(3), count(4)]).map((r) => [r.first, r.last]) // [[1, 2], [3, 3], [4, 4]]
 */
export function logRows(entries: readonly LogEntry[]): LogRow[] {
  const rows: LogRow[] = [];
  let run: LogEntry[] = [];
  const close = () => {
    if (run.length > 0) rows.push(countsRow(run));
    run = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'count') {
      run.push(entry);
      continue;
    }
    close();
    rows.push({ kind: 'entry', first: entry.seq, last: entry.seq, entry });
  }
  close();
  return rows;
}

function countsRow(run: readonly LogEntry[]): CountsRow {
  const first = run[0] as LogEntry;
  const last = run.at(-1) as LogEntry;
  const gates = new Map<string, { in: number; out: number }>();
  let inTotal = 0;
  let outTotal = 0;
  for (const e of run) {
    const gate = e.gate ?? '';
    const tally = gates.get(gate) ?? { in: 0, out: 0 };
    gates.set(gate, { in: tally.in + e.in, out: tally.out + e.out });
    inTotal += e.in;
    outTotal += e.out;
  }
  return {
    kind: 'counts',
    first: first.seq,
    last: last.seq,
    entries: run.length,
    in: inTotal,
    out: outTotal,
    gates: [...gates].map(([gate, t]) => ({ gate, ...t })),
    from: first.at,
    to: last.at,
    occupancy: last.occupancy,
    density: last.density,
    level: last.level,
  };
}
