import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCliWith } from '../../test/run-cli.ts';
import { inputFiles, runInProcess as run } from '../../test/run-in-process.ts';
import { MAX_SCORE_FILE_BYTES, readScoreText } from './assess.ts';

const { dir: tmp, write } = inputFiles('pactesur-assess-');


// Vehicle ramming 4 × 5 = 20, firearms 2 × 5 = 10, arson 3 × 2 = 6: 36 in all.
// m1 sets VR L2: 26, reduced 10 for 0.12 M€ → 83.33; m2 (free) sets arson I1: 33, reduced 3;
// m3 sets firearms L1 and VR I4: 27, reduced 9 for 0.5 M€ → 18.
const example = {
  scenarios: [
    { threat: 'arson', likelihood: 3, impact: 2 },
    { threat: 'vehicle-ramming', likelihood: 4, impact: 5 },
    { threat: 'firearms', likelihood: 2, impact: 5 },
  ],
  measures: [
    { id: 'm1', costEur: 120_000, changes: [{ threat: 'vehicle-ramming', likelihood: 2 }] },
    { id: 'm2', costEur: 0, changes: [{ threat: 'arson', impact: 1 }] },
    { id: 'm3', costEur: 500_000, changes: [{ threat: 'firearms', likelihood: 1 }, { threat: 'vehicle-ramming', impact: 4 }] },
  ],
};

describe('pactesur assess score', () => {
  it('prints the register and the ranked measures as one JSON object', async () => {
    const r = await run(['assess', 'score', write('example.json', example), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const out = JSON.parse(r.stdout) as { register: unknown[]; measures: { id: string; riskReduced: number; riskReducedPerMEur: number | null }[] };
    expect(Object.keys(out)).toEqual(['register', 'measures']);
    expect(out.register).toEqual([
      { threat: 'vehicle-ramming', likelihood: 4, impact: 5, risk: 20, band: 'very-high' },
      { threat: 'firearms', likelihood: 2, impact: 5, risk: 10, band: 'high' },
      { threat: 'arson', likelihood: 3, impact: 2, risk: 6, band: 'medium' },
    ]);
    expect(out.measures.map((m) => [m.id, m.riskReduced])).toEqual([
      ['m2', 3],
      ['m1', 10],
      ['m3', 9],
    ]);
    expect(out.measures[0]?.riskReducedPerMEur).toBeNull();
    expect(out.measures[1]?.riskReducedPerMEur).toBeCloseTo(83.333, 3);
    expect(out.measures[2]?.riskReducedPerMEur).toBeCloseTo(18, 9);
  });

  it('prints readable tables without --json', async () => {
    const r = await run(['assess', 'score', write('example-table.json', example)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^threat\s+L\s+I\s+R\s+band$/);
    expect(lines[1]).toMatch(/^vehicle-ramming\s+4\s+5\s+20\s+very high$/);
    expect(lines[2]).toMatch(/^firearms\s+2\s+5\s+10\s+high$/);
    expect(lines[3]).toMatch(/^arson\s+3\s+2\s+6\s+medium$/);
    expect(lines[4]).toBe('');
    expect(lines[5]).toMatch(/^measure\s+risk reduced\s+per M€$/);
    expect(lines.slice(6, 9).map((l) => l.split(/\s+/))).toEqual([
      ['m2', '3', 'free'],
      ['m1', '10', '83.33'],
      ['m3', '9', '18.00'],
    ]);
  });

  it('says when there is nothing to list', async () => {
    const r = await run(['assess', 'score', write('empty.json', { scenarios: [] })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('no scenarios\n\nno measures\n');
  });

  it('refuses bad input with one message naming the field, and exit code 1', async () => {
    const file = write('meteor.json', { scenarios: [{ threat: 'meteor', likelihood: 2, impact: 2 }] });
    const r = await run(['assess', 'score', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`pactesur: ${file}: scenarios[0].threat: unknown threat "meteor" (expected one of firearms, bladed-weapon, vehicle-ramming, person-borne-ied, vehicle-borne-ied, placed-ied, arson, cbrn, drone, complex-attack)\n`);
    const cost = await run(['assess', 'score', write('cost.json', { scenarios: [], measures: [{ id: 'a', costEur: -5, changes: [] }] })]);
    expect(cost.code).toBe(1);
    expect(cost.stderr).toMatch(/measures\[0\]\.costEur: must not be negative/);
    const shape = await run(['assess', 'score', write('list.json', [example])]);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(/list\.json: expected a JSON object/);
  });

  it('refuses a missing file, a folder, a file that is not JSON and one that is too large', async () => {
    const missing = await run(['assess', 'score', join(tmp, 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the score file .*none\.json: no such file/);
    const folder = join(tmp, 'folder.json');
    mkdirSync(folder);
    expect((await run(['assess', 'score', folder])).stderr).toMatch(/cannot read the score file/);
    const broken = await run(['assess', 'score', write('broken.json', '{"scenarios": [')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    const big = await run(['assess', 'score', write('big.json', ' '.repeat(MAX_SCORE_FILE_BYTES + 1))]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/big\.json is over 4 MiB/);
    for (const r of [missing, broken, big]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads standard input up to the limit', async () => {
    const text = await readScoreText('-', Readable.from([new TextEncoder().encode('{"scenar'), new TextEncoder().encode('ios": []}')]));
    expect(JSON.parse(text)).toEqual({ scenarios: [] });
    const flood = Readable.from((function* () {
      for (let i = 0; i < 5; i++) yield new Uint8Array(MAX_SCORE_FILE_BYTES / 4);
    })());
    await expect(readScoreText('-', flood)).rejects.toThrow(/standard input is over 4 MiB/);
  });

  it('scores a file piped to the real binary', async () => {
    const r = await runCliWith(['assess', 'score', '-', '--json'], { stdin: JSON.stringify(example) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { register: { risk: number }[] }).register.map((x) => x.risk)).toEqual([20, 10, 6]);
  });
});
