// The repository stands on its own: no source, test, benchmark, script or document names a path that climbs
// out of the repository root (a clone has nothing beside it).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { climbingPaths } from './climbing-paths.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** This test and its helper name climbing paths on purpose, as examples. */
const SELF = new Set(['scripts/paths-stay-inside.test.ts', 'scripts/climbing-paths.ts']);
const TEXT = /\.(ts|tsx|mts|mjs|cjs|js|json|md|sh|yml|yaml|html|css|txt)$|(^|\/)(run|Dockerfile)$/;

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((f) => f !== '' && TEXT.test(f) && !SELF.has(f) && !f.endsWith('package-lock.json'))
    .filter((f) => {
      try {
        const st = statSync(join(ROOT, f));
        return st.isFile() && st.size < 2_000_000;
      } catch {
        return false; // deleted in the working tree
      }
    });
}

describe('paths stay inside the repository', () => {
  it('finds a climbing path where there is one, and none where there is not', () => {
    const file = join(ROOT, 'packages/osm/src/x.test.ts');
    expect(climbingPaths(ROOT, file, "new URL('../../../../../shared/data/osm/', import.meta.url)")).toEqual([
      '../../../../../shared/data/osm/',
    ]);
    expect(climbingPaths(ROOT, file, "new URL('../../../data/osm/', import.meta.url)")).toEqual([]);
    expect(climbingPaths(ROOT, join(ROOT, 'README.md'), 'see `../shared/docs/PRODUCT.md`')).toEqual(['../shared/docs/PRODUCT.md']);
  });

  it('no file of the repository names a path outside it', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const f of files) {
      const abs = join(ROOT, f);
      for (const p of climbingPaths(ROOT, abs, readFileSync(abs, 'utf8'))) offenders.push(`${f}: ${p}`);
    }
    expect(offenders).toEqual([]);
  });

  it('reads paths inside template strings and resolves them from the file that names them', () => {
    const deep = join(ROOT, 'apps/server/src/services/x.test.ts');
    expect(climbingPaths(ROOT, deep, 'new URL(`../../../../../shared/data/${name}`, import.meta.url)')).toEqual(['../../../../../shared/data/${name}']);
    expect(climbingPaths(ROOT, deep, 'new URL(`../../../../data/${name}`, import.meta.url)')).toEqual([]);
    // The same text climbs out from a shallower file.
    expect(climbingPaths(ROOT, join(ROOT, 'bench/x.ts'), "'../../data/osm/'")).toEqual(['../../data/osm/']);
  });
});
