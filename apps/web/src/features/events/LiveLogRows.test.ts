import { describe, expect, it } from 'vitest';
import { logRows } from './LiveLogRows.ts';
import { logEntry } from './LiveTestEntries.ts';

describe('logRows', () => {
  it('sums the counts that follow one another, per gate, and keeps every other entry as it is, in order', () => {
    const rows = logRows([
      logEntry(1, { gate: 'north', in: 10 }),
      logEntry(2, { gate: 'south', in: 5 }),
      logEntry(3, { gate: 'north', in: 0, out: 3, occupancy: 12, density: 0.12 }),
      logEntry(4, { kind: 'threshold', gate: null, in: 0, text: 'Density 2.00 persons/m²', level: 'busy' }),
      logEntry(5, { kind: 'incident', gate: null, in: 0, text: 'Lost child at the stage' }),
      logEntry(6, { gate: 'south', in: 2 }),
    ]);
    expect(rows.map((r) => [r.kind, r.first, r.last])).toEqual([
      ['counts', 1, 3],
      ['entry', 4, 4],
      ['entry', 5, 5],
      ['counts', 6, 6],
    ]);
    expect(rows[0]).toMatchObject({
      entries: 3,
      in: 15,
      out: 3,
      gates: [
        { gate: 'north', in: 10, out: 3 },
        { gate: 'south', in: 5, out: 0 },
      ],
      occupancy: 12,
      density: 0.12,
    });
    expect(rows[2]).toMatchObject({ entry: { text: 'Lost child at the stage' } });
  });

  it('covers every entry once: the rows run from the first seq to the last without a hole', () => {
    const entries = Array.from({ length: 40 }, (_, i) =>
      logEntry(i + 1, i % 7 === 3 ? { kind: 'incident', gate: null, in: 0 } : { gate: i % 2 ? 'a' : 'b' }),
    );
    const rows = logRows(entries);
    let next = 1;
    for (const row of rows) {
      expect(row.first).toBe(next);
      next = row.last + 1;
    }
    expect(next).toBe(41);
    expect(logRows([])).toEqual([]);
  });
});
