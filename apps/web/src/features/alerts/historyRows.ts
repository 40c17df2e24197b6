import type { AlertEvent } from '@pactesur/contracts';

/** A line of an alert's history: one event, or a run of saves by one person told once. */
export interface HistoryRow {
  readonly event: AlertEvent;
  /** How many saves the line stands for (1 for any other event). */
  readonly count: number;
  /** When the first of them was made. */
  readonly from: string;
}

/**
 * The history as a reader follows it: a draft saved as it is typed leaves one `edited` event per save, so
 * consecutive saves by the same person are one line (with their number and their span of time); every
 * other event keeps its own line, in order.
 */
export function historyRows(history: readonly AlertEvent[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const event of history) {
    const last = rows.at(-1);
    if (last && event.action === 'edited' && last.event.action === 'edited' && last.event.byName === event.byName) {
      rows[rows.length - 1] = { event, count: last.count + 1, from: last.from };
    } else rows.push({ event, count: 1, from: event.at });
  }
  return rows;
}
