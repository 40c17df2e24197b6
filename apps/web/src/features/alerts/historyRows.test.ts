import type { AlertEvent } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { historyRows } from './historyRows.ts';

const at = (minute: number) => `2026-07-14T20:${String(minute).padStart(2, '0')}:00.000Z`;
const event = (minute: number, action: AlertEvent['action'], byName = 'Hugo Martin'): AlertEvent => ({ at: at(minute), byName, action, detail: '' });

describe('the lines of an alert’s history', () => {
  it('tells a run of saves by one person once, with how many and since when', () => {
    const rows = historyRows([event(0, 'created'), event(1, 'edited'), event(2, 'edited'), event(3, 'edited'), event(4, 'submitted')]);
    expect(rows.map((r) => [r.event.action, r.count, r.from, r.event.at])).toEqual([
      ['created', 1, at(0), at(0)],
      ['edited', 3, at(1), at(3)],
      ['submitted', 1, at(4), at(4)],
    ]);
  });

  it('keeps saves by different people, or apart in time by another event, on lines of their own', () => {
    const rows = historyRows([event(1, 'edited'), event(2, 'edited', 'Camille Laurent'), event(3, 'rejected', 'Camille Laurent'), event(4, 'edited')]);
    expect(rows.map((r) => [r.event.byName, r.event.action, r.count])).toEqual([
      ['Hugo Martin', 'edited', 1],
      ['Camille Laurent', 'edited', 1],
      ['Camille Laurent', 'rejected', 1],
      ['Hugo Martin', 'edited', 1],
    ]);
    expect(historyRows([])).toEqual([]);
    expect(historyRows([event(1, 'approved'), event(1, 'approved')])).toHaveLength(2);
  });
});
