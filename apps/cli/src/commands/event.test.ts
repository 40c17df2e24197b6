import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCliWith } from '../../test/run-cli.ts';
import { inputFiles, runInProcess as run } from '../../test/run-in-process.ts';
import { MAX_CAPACITY_FILE_BYTES, readCapacityText } from './event.ts';

const { dir: tmp, write } = inputFiles('pactesur-event-');


// Holding: (9 402 − 310) × 2 = 18 184.
// Exits: 3 m level × 82 = 246, 2.4 m stairs × 66 = 158.4, 2 m ramp × 82 = 164: 568.4 /min; × 8 = 4 547.2 → 4 547.
// Without the widest (3 m): 322.4 /min × 8 = 2 579.2 → 2 579. Safe: min(18 184, 2 579) = 2 579.
// Egress at holding: 18 184 ÷ 568.4 = 31.99 min.
const example = {
  areaM2: 9_402,
  structuresM2: 310,
  densityPerM2: 2,
  exits: [
    { widthM: 3, kind: 'level' },
    { widthM: 2.4, kind: 'stairs' },
    { widthM: 2, kind: 'ramp' },
  ],
  egressMinutes: 8,
};

describe('pactesur event capacity', () => {
  it('prints exactly the five figures as one JSON object', async () => {
    const r = await run(['event', 'capacity', write('example.json', example), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '{"holdingCapacity":18184,"exitCapacity":4547,"exitCapacityWithoutLargest":2579,"safeCapacity":2579,"egressMinutesAtHolding":31.99}\n',
    );
  });

  it('takes the defaults of the built-in profile and flows of the file’s own', async () => {
    // 500 × 2 = 1 000; 2 m level × 82 × 8 = 1 312, without it 0; 1 000 ÷ 164 = 6.10 min
    const r = await run([
      'event',
      'capacity',
      write('defaults.json', { areaM2: 500, exits: [{ widthM: 2 }] }),
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toEqual({
      holdingCapacity: 1_000,
      exitCapacity: 1_312,
      exitCapacityWithoutLargest: 0,
      safeCapacity: 0,
      egressMinutesAtHolding: 6.1,
    });
    // level 72, stairs 56: 2 × 72 + 2 × 56 = 256 /min; × 8 = 2 048; without the level one 112 × 8 = 896
    const flows = await run([
      'event',
      'capacity',
      write('flows.json', {
        areaM2: 500,
        exits: [{ widthM: 2, kind: 'stairs' }, { widthM: 2 }],
        flowPerMPerMin: { level: 72, stairs: 56 },
      }),
      '--json',
    ]);
    expect(JSON.parse(flows.stdout)).toMatchObject({
      exitCapacity: 2_048,
      exitCapacityWithoutLargest: 896,
      safeCapacity: 896,
    });
  });

  it('prints a readable table without --json', async () => {
    const r = await run(['event', 'capacity', write('example-table.json', example)]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'holding capacity                        18,184 people',
      'exit capacity                            4,547 people',
      'exit capacity without the largest exit   2,579 people',
      'safe capacity                            2,579 people',
      'egress time at holding capacity          31.99 min',
      '',
    ]);
    const none = await run(['event', 'capacity', write('no-exit.json', { areaM2: 100, exits: [] })]);
    expect(none.stdout).toMatch(/^egress time at holding capacity\s+no exit$/m);
  });

  it('refuses bad input with one message naming the field, and exit code 1', async () => {
    const file = write('narrow.json', { ...example, exits: [{ widthM: 3 }, { widthM: 2 }, { widthM: 0 }] });
    const r = await run(['event', 'capacity', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`pactesur: ${file}: exits[2].widthM: must be a positive number\n`);
    const missing = await run(['event', 'capacity', write('no-area.json', { exits: [] })]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-area\.json: areaM2: is required\n$/);
    const kind = await run([
      'event',
      'capacity',
      write('lift.json', { areaM2: 10, exits: [{ widthM: 2, kind: 'lift' }] }),
    ]);
    expect(kind.stderr).toMatch(/exits\[0\]\.kind: must be one of level, ramp, stairs/);
    const shape = await run(['event', 'capacity', write('list.json', [example])]);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(/list\.json: expected a JSON object/);
  });

  it('refuses a missing file, a folder, a file that is not JSON and one that is too large', async () => {
    const missing = await run(['event', 'capacity', join(tmp, 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the capacity file .*none\.json: no such file/);
    const folder = join(tmp, 'folder.json');
    mkdirSync(folder);
    expect((await run(['event', 'capacity', folder])).stderr).toMatch(/cannot read the capacity file/);
    const broken = await run(['event', 'capacity', write('broken.json', '{"areaM2": ')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    const big = await run(['event', 'capacity', write('big.json', ' '.repeat(MAX_CAPACITY_FILE_BYTES + 1))]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/big\.json is over 1 MiB/);
    for (const r of [missing, broken, big]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads standard input up to the limit', async () => {
    const text = await readCapacityText(
      '-',
      Readable.from([new TextEncoder().encode('{"area'), new TextEncoder().encode('M2": 1}')]),
    );
    expect(JSON.parse(text)).toEqual({ areaM2: 1 });
    const flood = Readable.from(
      (function* () {
        for (let i = 0; i < 5; i++) yield new Uint8Array(MAX_CAPACITY_FILE_BYTES / 4);
      })(),
    );
    await expect(readCapacityText('-', flood)).rejects.toThrow(/standard input is over 1 MiB/);
  });

  it('works out a file piped to the real binary', async () => {
    const r = await runCliWith(['event', 'capacity', '-', '--json'], { stdin: JSON.stringify(example) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      holdingCapacity: 18_184,
      exitCapacity: 4_547,
      exitCapacityWithoutLargest: 2_579,
      safeCapacity: 2_579,
      egressMinutesAtHolding: 31.99,
    });
    const bad = await runCliWith(['event', 'capacity', '-'], { stdin: '{"areaM2": -1, "exits": []}' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('pactesur: standard input: areaM2: must be a positive number\n');
  });
});
