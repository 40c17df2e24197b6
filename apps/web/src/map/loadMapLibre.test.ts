import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Imports of MapLibre that load it at run time: anything but `import type`. */
const RUNTIME_IMPORT = /(?:^|\n)\s*import\s+(?!type\b)[^;]*?from\s+['"]maplibre-gl(?:\/[^'"]*)?['"]|import\s*\(\s*['"]maplibre-gl|(?:^|\n)\s*import\s+['"]maplibre-gl/g;

describe('MapLibre is loaded with the first map', () => {
  it('is imported at run time by the loader only (and its stylesheet by the loader’s stylesheet module)', () => {
    const importers = sources(SRC)
      .filter((path) => (readFileSync(path, 'utf8').match(RUNTIME_IMPORT) ?? []).length > 0)
      .map((path) => relative(SRC, path).replaceAll('\\', '/'))
      .sort();
    expect(importers).toEqual(['map/loadMapLibre.ts', 'map/maplibreStyles.ts']);
  });

  it('the loader reaches its stylesheet module through a dynamic import, not a static one', () => {
    const loader = readFileSync(join(SRC, 'map/loadMapLibre.ts'), 'utf8');
    expect(loader).toMatch(/import\('\.\/maplibreStyles\.ts'\)/);
    expect(loader).not.toMatch(/^import\s+['"][^'"]*maplibreStyles/m);
  });
});
