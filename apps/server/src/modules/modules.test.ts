import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULES } from './index.ts';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every source file of the server (tests left out: they may reach into a module to check it). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The files a source file imports by a relative path, resolved. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => resolve(dirname(file), m[1] ?? ''));
}

describe('the modules of the server', () => {
  it('each has a folder of its own, and unique names and paths', () => {
    const folders = readdirSync(join(SRC, 'modules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(MODULES.map((m) => m.name).sort()).toEqual(folders.sort());
    expect(new Set(MODULES.map((m) => m.path)).size).toBe(MODULES.length);
  });

  it('are reached from outside their folder only through the module list', () => {
    const reachedFrom: string[] = [];
    for (const file of sources(SRC)) {
      const own = relative(join(SRC, 'modules'), file).split('/')[0];
      for (const target of relativeImports(file)) {
        const rel = relative(join(SRC, 'modules'), target);
        const module = rel.startsWith('..') ? null : rel.split('/')[0];
        if (module && rel.includes('/') && module !== own) reachedFrom.push(`${relative(SRC, file)} → modules/${rel}`);
      }
    }
    expect(reachedFrom.filter((r) => !r.startsWith('modules/index.ts →'))).toEqual([]);
  });
});
