// The score file of `pactesur assess score` on broken and hostile input: `scoreFile` answers a value or an
// error naming a field, never an exception, within bounded time and memory; what it accepts has a register
// sorted by risk with every risk L × I. `scoreText` (the command's JSON and scoring step) gives the scores or
// a CLI error with exit code 1. Corpus: fuzz/corpus/assess/.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bandOf, scoreFile, type ScoreFileResult } from '@pactesur/assessment';
import { THREATS } from '@pactesur/contracts';
import { bounded, corpus, fuzz, hostileJson, hostileText, jsonBytes, mutatedJson, mutatedText } from '../../../../fuzz/harness.mjs';
import { CliError } from '../cli-error.ts';
import { readScoreText, scoreText } from './assess.ts';

const dir = mkdtempSync(join(tmpdir(), 'pactesur-fuzz-assess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entries = corpus('assess');
const seedText = new TextDecoder().decode(entries.find((e) => e.name === 'seed-example.json')?.bytes);
const seed = JSON.parse(seedText) as unknown;

const rank = (t: string): number => (THREATS as readonly string[]).indexOf(t);

/** What every answer of `scoreFile` must be, whatever the input. */
function checkResult(r: ScoreFileResult, input: unknown): void {
  if (!r.ok) {
    expect(typeof r.error.path).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    // A message quotes the input only in part: never a whole 100 000-character value.
    expect(r.error.path.length + r.error.message.length).toBeLessThan(1_000);
    return;
  }
  const { register, measures } = r.value;
  for (const row of register) {
    expect(row.risk).toBe(row.likelihood * row.impact);
    expect(row.band).toBe(bandOf(row.risk));
  }
  for (let i = 1; i < register.length; i++) {
    const [a, b] = [register[i - 1], register[i]];
    if (!a || !b) continue;
    expect(a.risk > b.risk || (a.risk === b.risk && rank(a.threat) < rank(b.threat))).toBe(true);
  }
  // Every scenario and every measure of the file, once each.
  const file = input as { scenarios: unknown[]; measures?: { id: string }[] };
  expect(register).toHaveLength(file.scenarios.length);
  expect(measures.map((m) => m.id).sort()).toEqual((file.measures ?? []).map((m) => m.id).sort());
  for (const m of measures) expect(Number.isInteger(m.riskReduced)).toBe(true);
}

const check = (input: unknown): void => checkResult(scoreFile(input), input);

/** Runs the command's parsing and scoring on a file's bytes: the scores or a CLI error with exit code 1. */
async function checkBytes(bytes: Uint8Array): Promise<void> {
  const file = join(dir, 'scores.json');
  writeFileSync(file, bytes);
  try {
    const value = await scoreText(await readScoreText(file), file);
    expect(Array.isArray(value.register)).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(1);
  }
}

/**
 * What a mutation puts in place of a value: hostile text and numbers, scores and threats just out of range,
 * small JSON. Not the harness's lists of 50 000 items: repeated by a mutation they make files of gigabytes,
 * and `floods` below tries long lists on their own.
 */
const mutationValues = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(0, 6, -1, 2.5, 1e308, -0, null, true, '', {}, [], 'meteor', 'firearms', { threat: 'arson' }),
);

/** Valid files: one scenario per threat at most, scores 1–5, unique measure ids, changes that change something. */
const validFile = fc.record({
  scenarios: fc.uniqueArray(
    fc.record({ threat: fc.constantFrom(...THREATS), likelihood: fc.integer({ min: 1, max: 5 }), impact: fc.integer({ min: 1, max: 5 }) }),
    { selector: (s) => s.threat, maxLength: THREATS.length },
  ),
  measures: fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
      costEur: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0, max: 1e10, noNaN: true })),
      changes: fc.array(
        fc.oneof(
          fc.record({ threat: fc.constantFrom(...THREATS), likelihood: fc.integer({ min: 1, max: 5 }) }),
          fc.record({ threat: fc.constantFrom(...THREATS), impact: fc.integer({ min: 1, max: 5 }) }),
          fc.record({ threat: fc.constantFrom(...THREATS), likelihood: fc.integer({ min: 1, max: 5 }), impact: fc.integer({ min: 1, max: 5 }) }),
        ),
        { maxLength: 20 },
      ),
    }),
    { selector: (m) => m.id, maxLength: 12 },
  ),
});

/** Files close to valid: one field broken somewhere (unknown threats, scores out of range, odd costs and ids, repeats). */
const nearlyValid = fc.record({
  scenarios: fc.array(
    fc.record({
      threat: fc.oneof(fc.constantFrom(...THREATS), fc.constantFrom('meteor', '', 'FIREARMS')),
      likelihood: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 8 }), fc.double()),
      impact: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 8 })),
    }),
    { maxLength: 12 },
  ),
  measures: fc.array(
    fc.record({
      id: fc.oneof(fc.constantFrom('m1', 'm2', 'm3', 'gates', 'a-b_c'), hostileText),
      costEur: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(0, -1, 1e11, 0.5)),
      changes: fc.array(
        fc.record(
          { threat: fc.constantFrom(...THREATS), likelihood: fc.integer({ min: 0, max: 6 }), impact: fc.integer({ min: 1, max: 5 }) },
          { requiredKeys: ['threat'] },
        ),
        { maxLength: 22 },
      ),
    }),
    { maxLength: 8 },
  ),
});

/** Lists far over their limits, of items the schema would refuse one by one. */
const floods = fc
  .record({ n: fc.integer({ min: 1_000, max: 150_000 }), item: fc.constantFrom<unknown>({}, 'x', null, [[]], { threat: 'meteor' }), where: fc.constantFrom('scenarios', 'measures', 'changes') })
  .map(({ n, item, where }) => {
    const list = Array.from({ length: n }, () => item);
    if (where === 'scenarios') return { scenarios: list };
    if (where === 'measures') return { scenarios: [], measures: list };
    return { scenarios: [], measures: [{ id: 'm', costEur: 1, changes: list }] };
  });

describe('the score file on hostile input', () => {
  it('scores the seed', () => {
    const r = scoreFile(seed);
    expect(r.ok).toBe(true);
    check(seed);
  });

  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) => bounded(() => checkBytes(bytes)));

  it('answers arbitrary JSON with a value or an error naming a field', () =>
    fuzz('assess', fc.oneof(hostileJson, fc.jsonValue({ maxDepth: 4 })), check, { runs: 400, encode: jsonBytes, ext: '.json' }));

  it('answers mutated score files', () => fuzz('assess', mutatedJson(seed, { values: mutationValues, maxRepeat: 200 }), check, { runs: 400, encode: jsonBytes, ext: '.json' }));

  it('scores every valid file', () =>
    fuzz(
      'assess',
      validFile,
      (input) => {
        const r = scoreFile(input);
        expect(r.ok).toBe(true);
        checkResult(r, input);
      },
      { runs: 400, encode: jsonBytes, ext: '.json' },
    ));

  it('answers nearly valid files', () => fuzz('assess', nearlyValid, check, { runs: 400, encode: jsonBytes, ext: '.json' }));

  it('refuses floods of items quickly', () =>
    fuzz(
      'assess',
      floods,
      (input) => {
        const r = scoreFile(input);
        expect(r.ok).toBe(false);
      },
      { runs: 30, encode: jsonBytes, ext: '.json' },
    ));

  it('gives the scores or a CLI error for mutated file text and arbitrary bytes', () =>
    fuzz('assess', fc.oneof(mutatedText(seedText, { maxRepeat: 500 }), fc.uint8Array({ maxLength: 2_000 })), checkBytes, {
      runs: 150,
      encode: (b) => b,
      ext: '.json',
    }));
});
