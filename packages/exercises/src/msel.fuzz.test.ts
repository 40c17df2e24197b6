// readMsel and readCsv on broken and hostile CSV: whatever the text, readMsel answers injects and findings
// (never an exception) within bounded time and memory; every finding has a row, a column of the header or
// none, and a message; what it accepts fits the contract and is written back to the same injects. Corpus:
// fuzz/corpus/msel/ (when a long run has saved something there); the fixtures are the seeds.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Inject, MselFinding } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileText, mutatedText } from '../../../fuzz/harness.mjs';
import { readCsv } from './csv.ts';
import { MSEL_COLUMNS } from './msel-columns.ts';
import { readMsel, validateMsel } from './read-msel.ts';
import { writeMsel } from './write-msel.ts';

const PARSER = 'msel';
const FIXTURES = new URL('./fixtures/', import.meta.url);
const seeds = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => readFileSync(new URL(name, FIXTURES), 'utf8'));
const COLUMN_NAMES = new Set(['', ...MSEL_COLUMNS.map((c) => c.name)]);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** What every answer of readMsel must be, whatever the text. */
function check(text: string): void {
  const r = readMsel(text);
  expect(typeof r.unreadable).toBe('boolean');
  for (const f of r.findings) {
    expect(MselFinding.safeParse(f).success, JSON.stringify(f).slice(0, 300)).toBe(true);
    expect(COLUMN_NAMES.has(f.column)).toBe(true);
    // A message quotes the input only in part.
    expect(f.message.length).toBeLessThan(1_000);
  }
  expect([...r.findings].sort((a, b) => a.row - b.row)).toEqual(r.findings);
  if (r.unreadable) {
    expect(r.injects).toEqual([]);
    expect(r.findings.length).toBeGreaterThan(0);
    return;
  }
  for (const i of r.injects) expect(Inject.safeParse(i).success).toBe(true);
  const again = readMsel(writeMsel(r.injects));
  expect(again.unreadable).toBe(false);
  expect(again.injects).toEqual(r.injects);
  for (const f of validateMsel(r.injects)) expect(MselFinding.safeParse(f).success).toBe(true);
  if (r.findings.length === 0) expect(validateMsel(r.injects)).toEqual([]);
}

/** readCsv answers records or an error naming a line, never an exception. */
function checkCsv(text: string): void {
  const r = readCsv(text);
  if (r.ok) {
    // Rows go up, and a row is never on a later line than its number (empty lines count as rows).
    r.records.forEach((rec, i) => {
      expect(rec.row).toBeLessThanOrEqual(rec.line);
      if (i > 0) expect(rec.row).toBeGreaterThan(r.records[i - 1]?.row ?? 0);
    });
  } else {
    expect(r.error.line).toBeGreaterThanOrEqual(1);
    expect(r.error.message).toMatch(/^(line \d+: |the file is over)/);
  }
}

/** A cell: hostile text, or what a column holds, right or nearly. */
const cell = fc.oneof(
  hostileText,
  fc.constantFrom(
    '1',
    '00:10',
    '1:30:05',
    '99:99',
    'radio',
    'cap alert',
    'fax',
    'yes',
    'maybe',
    'delivered',
    '2026-07-14T22:41:00+02:00',
    '1; 2; 3',
    '1;1;1',
    'local-police; fire-brigade',
    ';;;',
    "'=1+1",
    '=cmd|calc',
    '"',
    '""',
  ),
);
const quote = (c: string): string => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
/** Tables under a header of known, misspelt and repeated column names, cells quoted or not. */
const tables = fc
  .record({
    header: fc.array(
      fc.oneof(
        fc.constantFrom(...MSEL_COLUMNS.map((c) => c.name)),
        fc.constantFrom('number', 'SCENARIO TIME', 'Priority', '', 'Depends  on'),
      ),
      { minLength: 1, maxLength: 22 },
    ),
    rows: fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 12 }),
    end: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
  })
  .map(
    ({ header, rows, end, bom }) =>
      (bom ? '\ufeff' : '') + [header, ...rows].map((r) => r.map(quote).join(',')).join(end),
  );
/** The required columns and rows of valid-looking cells, many of them, dependencies everywhere. */
const manyRows = fc
  .record({
    n: fc.integer({ min: 1, max: 1_200 }),
    method: fc.constantFrom('radio', 'fax', ''),
    dependency: fc.constantFrom('', '1', '2; 3', 'x'),
  })
  .map(
    ({ n, method, dependency }) =>
      `Number,Scenario time,Synopsis,From,To,Method,Depends on\n${Array.from(
        { length: n },
        (_, i) => `${(i % 997) + 1},${i % 2 ? '00:10' : '00:05'},s,f,t,${method},${dependency}`,
      ).join('\n')}`,
  );

describe('the MSEL reader on hostile CSV', () => {
  it('reads the seeds and replays the corpus', async () => {
    expect(seeds.length).toBeGreaterThanOrEqual(7);
    for (const text of seeds) {
      check(text);
      checkCsv(text);
    }
    for (const entry of corpus(PARSER)) await bounded(() => check(decode(entry.bytes)));
  });

  it('answers arbitrary text', () =>
    fuzz(
      PARSER,
      fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 400 })),
      (text) => {
        check(text);
        checkCsv(text);
      },
      { runs: 400, encode: (t) => t, ext: '.csv' },
    ));

  it('answers mutated MSEL files', () =>
    fuzz(
      PARSER,
      fc.constantFrom(...seeds).chain((seed) => mutatedText(seed, { maxRepeat: 2_000 })),
      (bytes) => {
        const text = decode(bytes);
        check(text);
        checkCsv(text);
      },
      { runs: 300, encode: (b) => b, ext: '.csv' },
    ));

  it('answers tables of hostile and nearly valid cells', () =>
    fuzz(PARSER, tables, check, { runs: 400, encode: (t) => t, ext: '.csv' }));

  it('answers floods of rows within bounds', () =>
    fuzz(PARSER, manyRows, check, { runs: 20, encode: (t) => t, ext: '.csv' }));

  it('refuses huge files, rows and cells quickly', () => {
    const huge = [
      'a,'.repeat(3_000_000),
      `Number\n${'1\n'.repeat(20_100)}`,
      `Number,${'x,'.repeat(100)}\n`,
      `Number\n"${'q'.repeat(30_000)}"\n`,
      `Number\n"${'""'.repeat(20_000)}`,
    ];
    for (const text of huge) {
      const started = performance.now();
      const r = readMsel(text);
      expect(r.unreadable).toBe(true);
      expect(r.findings[0]?.message).toMatch(/^not CSV: (the file is over|line \d+: )/);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
