// The scenario file of `pactesur crowd simulate` on broken and hostile bytes: `readScenario` gives JSON or
// a CLI error (exit code 1), and what it gives goes through `prepareScenario` as the command does, never
// another exception, within bounded time and memory. Corpus: fuzz/corpus/crowd/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareScenario } from '@pactesur/crowd';
import { bounded, corpus, fuzz, mutatedText } from '../../../../fuzz/harness.mjs';
import { CliError } from '../cli-error.ts';
import { readScenario } from './crowd-input.ts';

const dir = mkdtempSync(join(tmpdir(), 'pactesur-fuzz-crowd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entries = corpus('crowd');
const seedText = new TextDecoder().decode(entries.find((e) => e.name === 'seed-example.json')?.bytes);

async function check(bytes: Uint8Array): Promise<void> {
  const file = join(dir, 'scenario.json');
  writeFileSync(file, bytes);
  let scenario: unknown;
  try {
    scenario = await readScenario(file);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(1);
    return;
  }
  const r = prepareScenario(scenario);
  if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
}

/** JSON text nested deeper than any recursive reader takes. */
const deepText = fc.tuple(fc.constantFrom('[', '{"a":', '[{"geometry":'), fc.integer({ min: 1_000, max: 200_000 })).map(([open, n]) => new TextEncoder().encode(open.repeat(n)));

describe('readScenario on hostile files', () => {
  it('says that a missing file cannot be read', async () => {
    await expect(readScenario(join(dir, 'missing.json'))).rejects.toThrow(/cannot read scenario file/);
  });

  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) => bounded(() => check(bytes)));

  it('gives JSON or a CLI error for mutated scenario files, deep JSON and arbitrary bytes', () =>
    fuzz('crowd', fc.oneof(mutatedText(seedText, { maxRepeat: 500 }), deepText, fc.uint8Array({ maxLength: 2000 })), check, {
      runs: 120,
      encode: (b) => b,
      ext: '.json',
    }));
});
