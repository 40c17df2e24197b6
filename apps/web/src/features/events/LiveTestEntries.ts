import type { LiveState, LogEntry } from '@pactesur/contracts';

/** A log entry of the live log for tests: a count of one person in at gate `g1` unless told otherwise. */
export function logEntry(seq: number, fields: Partial<LogEntry> = {}): LogEntry {
  return {
    seq,
    kind: 'count',
    at: new Date(Date.UTC(2026, 1, 14, 20, 0, seq)).toISOString(),
    byName: 'Steward',
    gate: 'g1',
    in: 1,
    out: 0,
    counter: '',
    text: '',
    methane: null,
    feature: null,
    triggerId: null,
    alertId: null,
    occupancy: seq,
    density: seq / 100,
    level: 'normal',
    ...fields,
  };
}

/** A live state for tests: its `seq` the last of `entries` unless told, its figures of that entry. */
export function liveState(entries: readonly LogEntry[], seq = entries.at(-1)?.seq ?? 0): LiveState {
  return {
    status: 'live',
    seq,
    occupancy: seq,
    usableAreaM2: 100,
    density: seq / 100,
    level: 'normal',
    thresholds: [2, 4, 5],
    gates: [{ id: 'g1', name: 'Gate 1', in: seq, out: 0 }],
    triggered: [],
    entries: [...entries],
  };
}
