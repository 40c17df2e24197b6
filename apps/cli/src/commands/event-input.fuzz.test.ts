// The capacity file of `pactesur event capacity` on broken and hostile input: `readCapacityFile` answers a
// value or an error naming a field, never an exception, within bounded time and memory; what it accepts is
// within the file's bounds and gives whole, ordered figures. `capacityOfText` (the command's reading and
// working out) gives the figures or a CLI error with exit code 1. Corpus: fuzz/corpus/event/ (when a long
// run has saved something there).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAPACITY_FILE_LIMITS, capacity, readCapacityFile, type CapacityFileResult } from '@pactesur/events';
import {
  bounded,
  corpus,
  fuzz,
  hostileJson,
  hostileText,
  jsonBytes,
  mutatedJson,
  mutatedText,
} from '../../../../fuzz/harness.mjs';
import { CliError } from '../cli-error.ts';
import { capacityOfText, readCapacityText } from './event.ts';

const dir = mkdtempSync(join(tmpdir(), 'pactesur-fuzz-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = {
  areaM2: 9_402,
  structuresM2: 310,
  densityPerM2: 2,
  exits: [
    { widthM: 3, kind: 'level' },
    { widthM: 2.4, kind: 'stairs' },
    { widthM: 2, kind: 'ramp' },
    { widthM: 1.05 },
  ],
  egressMinutes: 8,
  flowPerMPerMin: { level: 82, stairs: 66 },
};
const seedText = JSON.stringify(seed, null, 2);
const text = (v: unknown): string => new TextDecoder().decode(jsonBytes(v));

/** What every answer must be, whatever the input. */
function checkResult(r: CapacityFileResult): void {
  if (!r.ok) {
    expect(typeof r.error.path).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    // A message quotes the input only in part: never a whole 100 000-character value.
    expect(r.error.path.length + r.error.message.length).toBeLessThan(1_000);
    return;
  }
  const v = r.value;
  expect(v.areaM2).toBeGreaterThan(0);
  expect(v.areaM2).toBeLessThanOrEqual(CAPACITY_FILE_LIMITS.areaM2);
  expect(v.structuresM2).toBeGreaterThanOrEqual(0);
  expect(v.structuresM2).toBeLessThanOrEqual(v.areaM2);
  expect(v.exits.length).toBeLessThanOrEqual(CAPACITY_FILE_LIMITS.exits);
  for (const e of v.exits) {
    expect(e.widthM).toBeGreaterThan(0);
    expect(['level', 'ramp', 'stairs']).toContain(e.kind);
  }
  const c = capacity(v);
  for (const n of [c.holdingCapacity, c.exitCapacity, c.exitCapacityWithoutLargest, c.safeCapacity]) {
    expect(Number.isSafeInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
  }
  expect(c.exitCapacityWithoutLargest).toBeLessThanOrEqual(c.exitCapacity);
  expect(c.safeCapacity).toBe(Math.min(c.holdingCapacity, c.exitCapacityWithoutLargest));
  expect(c.egressMinutesAtHolding === null).toBe(v.exits.length === 0);
  if (c.egressMinutesAtHolding !== null) expect(Number.isFinite(c.egressMinutesAtHolding)).toBe(true);
}

const check = (input: unknown): void => checkResult(readCapacityFile(text(input)));

/** Runs the command's reading and working out on a file's bytes: the figures or a CLI error with exit code 1. */
async function checkBytes(bytes: Uint8Array): Promise<void> {
  const file = join(dir, 'capacity.json');
  writeFileSync(file, bytes);
  try {
    const value = await capacityOfText(await readCapacityText(file), file);
    expect(Number.isSafeInteger(value.safeCapacity)).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(1);
  }
}

/** What a mutation puts in place of a value: hostile text and numbers, values just out of range, small JSON. */
const mutationValues = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    0,
    -1,
    1e308,
    -0,
    100.0001,
    1e8 + 1,
    2.5,
    null,
    true,
    '',
    {},
    [],
    'lift',
    'stairs',
    { widthM: 2 },
  ),
);

const kind = fc.constantFrom('level', 'ramp', 'stairs');

/** Valid files: every field within its bounds, optional ones present or not. */
const validFile = fc
  .record(
    {
      areaM2: fc.double({ min: 1, max: CAPACITY_FILE_LIMITS.areaM2, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      densityPerM2: fc.double({ min: 0.01, max: 10, noNaN: true }),
      exits: fc.array(
        fc.record(
          { widthM: fc.double({ min: 0.01, max: 100, noNaN: true }), kind },
          { requiredKeys: ['widthM'] },
        ),
        { maxLength: 300 },
      ),
      egressMinutes: fc.double({ min: 0.1, max: 120, noNaN: true }),
      flowPerMPerMin: fc.record(
        {
          level: fc.integer({ min: 1, max: 300 }),
          ramp: fc.integer({ min: 1, max: 300 }),
          stairs: fc.integer({ min: 1, max: 300 }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['areaM2', 'exits'] },
  )
  .map(({ share, ...file }) => ({
    ...file,
    structuresM2: share === undefined ? undefined : file.areaM2 * share,
  }));

/** Files close to valid: a field out of range, of the wrong kind, unknown or left out. */
const nearlyValid = fc.record(
  {
    areaM2: fc.oneof(fc.double({ min: -10, max: 2e8 }), fc.constantFrom<unknown>('9402', null)),
    structuresM2: fc.oneof(fc.double({ min: -10, max: 1e5 }), fc.constantFrom<unknown>('0', [])),
    densityPerM2: fc.oneof(fc.double({ min: -1, max: 12 }), fc.constant<unknown>('2')),
    exits: fc.array(
      fc.record(
        {
          widthM: fc.oneof(fc.double({ min: -1, max: 120 }), hostileText),
          kind: fc.oneof(kind, fc.constantFrom('lift', '', 'LEVEL')),
          widthm: fc.constant(1),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 12 },
    ),
    egressMinutes: fc.double({ min: -1, max: 200 }),
    flowPerMPerMin: fc.oneof(
      fc.record({ level: fc.double({ min: -5, max: 400 }), lift: fc.constant(3) }, { requiredKeys: [] }),
      fc.constant<unknown>([]),
    ),
    extra: hostileText,
  },
  { requiredKeys: [] },
);

/** Lists of exits far over their limit, of items that would each be refused. */
const floods = fc
  .record({
    n: fc.integer({ min: 301, max: 150_000 }),
    item: fc.constantFrom<unknown>({}, 'x', null, [[]], { widthM: -1 }),
  })
  .map(({ n, item }) => ({ areaM2: 100, exits: Array.from({ length: n }, () => item) }));

describe('the capacity file on hostile input', () => {
  it('works out the seed and replays the corpus', async () => {
    const r = readCapacityFile(seedText);
    expect(r.ok).toBe(true);
    checkResult(r);
    await checkBytes(new TextEncoder().encode(seedText));
    for (const entry of corpus('event')) await bounded(() => checkBytes(entry.bytes));
  });

  it('answers arbitrary JSON with a value or an error naming a field', () =>
    fuzz('event', fc.oneof(hostileJson, fc.jsonValue({ maxDepth: 4 })), check, {
      runs: 400,
      encode: jsonBytes,
      ext: '.json',
    }));

  it('answers mutated capacity files', () =>
    fuzz('event', mutatedJson(seed, { values: mutationValues, maxRepeat: 400 }), check, {
      runs: 400,
      encode: jsonBytes,
      ext: '.json',
    }));

  it('works out every valid file', () =>
    fuzz(
      'event',
      validFile,
      (input) => {
        const r = readCapacityFile(text(input));
        expect(r.ok).toBe(true);
        checkResult(r);
      },
      { runs: 400, encode: jsonBytes, ext: '.json' },
    ));

  it('answers nearly valid files', () =>
    fuzz('event', nearlyValid, check, { runs: 400, encode: jsonBytes, ext: '.json' }));

  it('refuses floods of exits quickly', () =>
    fuzz(
      'event',
      floods,
      (input) => {
        const r = readCapacityFile(text(input));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.path).toBe('exits');
      },
      { runs: 30, encode: jsonBytes, ext: '.json' },
    ));

  it('gives the figures or a CLI error for mutated file text and arbitrary bytes', () =>
    fuzz(
      'event',
      fc.oneof(mutatedText(seedText, { maxRepeat: 500 }), fc.uint8Array({ maxLength: 2_000 })),
      checkBytes,
      {
        runs: 150,
        encode: (b) => b,
        ext: '.json',
      },
    ));
});
