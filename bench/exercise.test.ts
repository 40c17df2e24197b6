/**
 * The exercise fan-out benchmark, small: 20 players on two instances for 3 injects. Checks the shape of
 * its `--json` line and that every player got every inject once (a deadline, not a timing assertion).
 * Needs the PostgreSQL server the benchmark uses (BENCH_PG_URL, DATABASE_URL or the local one).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('bench/exercise.ts', () => {
  it('delivers every inject to every player once and prints one JSON object per run', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'bench/exercise.ts', '--participants', '20', '--seconds', '3', '--instances', '2', '--record', '0', '--json'],
      { cwd: ROOT, timeout: 55_000 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const figures = JSON.parse(lines[0]!) as Record<string, number>;
    expect(Object.keys(figures)).toEqual(['participants', 'p50Ms', 'p99Ms', 'maxMs', 'lost', 'duplicated', 'instances']);
    expect(figures).toMatchObject({ participants: 20, lost: 0, duplicated: 0, instances: 2 });
    expect(figures.p50Ms).toBeGreaterThan(0);
    expect(figures.p99Ms).toBeGreaterThanOrEqual(figures.p50Ms!);
    expect(figures.maxMs).toBeGreaterThanOrEqual(figures.p99Ms!);
  }, 60_000);
});
