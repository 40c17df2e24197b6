// The MSEL file of `pactesur exercise msel` on broken and hostile input: reading the file and checking it
// (`readMselText`, `checkMselText`) gives the injects and findings or a CLI error with exit code 1, never
// another exception, within bounded time and memory; the JSON printed has exactly its documented keys.
// The reader itself is fuzzed in packages/exercises/src/msel.fuzz.test.ts. Corpus: fuzz/corpus/exercise/
// (when a long run has saved something there).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileText, mutatedText } from '../../../../fuzz/harness.mjs';
import { CliError } from '../cli-error.ts';
import { checkMselText, formatMsel, mselJson, readMselText } from './exercise.ts';

const PARSER = 'exercise';
const dir = mkdtempSync(join(tmpdir(), 'pactesur-fuzz-exercise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = fileURLToPath(new URL('../../../../packages/exercises/src/fixtures/', import.meta.url));
const seeds = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));

/** Runs the command's reading and checking on a file's bytes: a check, or a CLI error with exit code 1. */
async function checkBytes(bytes: Uint8Array): Promise<void> {
  const file = join(dir, 'msel.csv');
  writeFileSync(file, bytes);
  try {
    const r = await checkMselText(await readMselText(file), file);
    const json = JSON.parse(mselJson(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['injects', 'findings']);
    expect(json.injects).toBe(r.injects.length);
    for (const f of json.findings as Record<string, unknown>[]) {
      expect(Object.keys(f)).toEqual(['row', 'column', 'message']);
      expect(Number.isSafeInteger(f.row)).toBe(true);
      expect(typeof f.column).toBe('string');
      expect(typeof f.message).toBe('string');
    }
    expect(formatMsel(file, r).split('\n')).toHaveLength(r.findings.length + 2);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(1);
    expect((e as CliError).message.length).toBeGreaterThan(0);
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the MSEL file on hostile input', () => {
  it('checks the fixtures and replays the corpus', async () => {
    expect(seeds.length).toBeGreaterThanOrEqual(7);
    for (const seed of seeds) await checkBytes(encode(seed));
    for (const entry of corpus(PARSER)) await bounded(() => checkBytes(entry.bytes));
  });

  it('gives a check or a CLI error for mutated MSEL files', () =>
    fuzz(
      PARSER,
      fc.constantFrom(...seeds).chain((seed) => mutatedText(seed, { maxRepeat: 2_000 })),
      checkBytes,
      {
        runs: 200,
        encode: (b) => b,
        ext: '.csv',
      },
    ));

  it('gives a check or a CLI error for arbitrary bytes and hostile text', () =>
    fuzz(PARSER, fc.oneof(fc.uint8Array({ maxLength: 2_000 }), hostileText.map(encode)), checkBytes, {
      runs: 200,
      encode: (b) => b,
      ext: '.csv',
    }));
});
