// The architecture's boundaries hold: ESLint, with the repository's own config, refuses a planted file
// breaking each of them, names the rule that refused it, and passes clean planted files (so the test cannot
// pass by refusing everything). The planted files exist only as text given to `lintText` under a path of
// the repository, where the config's file patterns apply to them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** One folder up, in the planted files' relative imports (spelled so that no path of this file leaves the repository). */
const UP = '..';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = 'apps/server/src';

/** A real file of a server folder, so a planted relative import resolves to something that exists. */
function someFileIn(dir: string): string {
  const file = readdirSync(join(ROOT, dir)).find((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  if (file === undefined) throw new Error(`no source file in ${dir}`);
  return file;
}

/** A `*-repository.ts` kept beside the module it serves, outside `repositories/` (e.g. `jobs/job-repository.ts`). */
function someRepositoryBesideItsModule(): string {
  for (const dir of readdirSync(join(ROOT, SERVER))) {
    if (dir === 'repositories' || dir.includes('.')) continue;
    const file = readdirSync(join(ROOT, SERVER, dir)).find((f) => f.endsWith('-repository.ts'));
    if (file !== undefined) return `${dir}/${file}`;
  }
  throw new Error('no *-repository.ts outside repositories/');
}

interface Planted {
  what: string;
  filePath: string;
  code: string;
  rule: string;
}

let eslint: ESLint;
async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  if (result === undefined) throw new Error(`${filePath} was not linted`);
  return result.messages;
}

beforeAll(() => {
  // The boundary rules read syntax and resolved paths only. Type information is turned off for the planted
  // files, so they need no place in a tsconfig project and the test does not build the server's program.
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: [{ files: ['**/*'], ...tseslint.configs.disableTypeChecked }],
  });
});

describe('lint holds the layers', () => {
  const refused: Planted[] = [
    {
      what: 'a package loading node:fs/promises with a dynamic import',
      filePath: 'packages/geo/src/planted.ts',
      code: "export async function load(path: string): Promise<string> {\n  const fs = await import('node:fs/promises');\n  return fs.readFile(path, 'utf8');\n}\n",
      rule: 'no-restricted-syntax',
    },
    {
      what: 'a .tsx in a package importing react-dom/client',
      filePath: 'packages/site/src/planted.tsx',
      code: "import { createRoot } from 'react-dom/client';\n\nexport const mount = (el: Element) => createRoot(el);\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'a package using fetch',
      filePath: 'packages/vehicle/src/planted.ts',
      code: "export const get = (url: string) => fetch(url);\n",
      rule: 'no-restricted-globals',
    },
    {
      what: 'a package reaching fetch through globalThis',
      filePath: 'packages/vehicle/src/planted.ts',
      code: "export const get = (url: string) => globalThis.fetch(url);\n",
      rule: 'no-restricted-properties',
    },
    {
      what: 'a package importing pg/lib/client',
      filePath: 'packages/osm/src/planted.ts',
      code: "import Client from 'pg/lib/client';\n\nexport const client = new Client();\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'a package importing node:worker_threads outside src/node',
      filePath: 'packages/crowd/src/sim/planted.ts',
      code: "import { Worker } from 'node:worker_threads';\n\nexport const start = (url: URL) => new Worker(url);\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'a package importing a bare node builtin',
      filePath: 'packages/barriers/src/planted.ts',
      code: "import { readFileSync } from 'fs';\n\nexport const read = (path: string) => readFileSync(path);\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'a route importing kysely',
      filePath: `${SERVER}/routes/planted.ts`,
      code: "import { sql } from 'kysely';\n\nexport const now = sql`now()`;\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'a route importing a repository by a relative path',
      filePath: `${SERVER}/routes/planted.ts`,
      code: `export * from '../repositories/${someFileIn(`${SERVER}/repositories`)}';\n`,
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: 'a route importing a repository kept beside its module',
      filePath: `${SERVER}/routes/planted.ts`,
      code: `export * from '../${someRepositoryBesideItsModule()}';\n`,
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: "a module's routes importing its repository",
      filePath: `${SERVER}/modules/briefings/planted-routes.ts`,
      code: "export * from './briefing-repository.ts';\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: "a module's routes importing kysely",
      filePath: `${SERVER}/modules/briefings/planted-routes.ts`,
      code: "import { sql } from 'kysely';\n\nexport const now = sql`now()`;\n",
      rule: 'no-restricted-imports',
    },
    {
      what: "a module's service importing hono",
      filePath: `${SERVER}/modules/briefings/planted-service.ts`,
      code: "import { Hono } from 'hono';\n\nexport const app = new Hono();\n",
      rule: 'no-restricted-imports',
    },
    {
      what: "a module's repository importing a service",
      filePath: `${SERVER}/modules/briefings/planted-repository.ts`,
      code: "export * from './briefing-service.ts';\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: 'the record kinds importing a service',
      filePath: `${SERVER}/records/planted.ts`,
      code: `export * from '../services/${someFileIn(`${SERVER}/services`)}';\n`,
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: 'a service importing hono',
      filePath: `${SERVER}/services/planted.ts`,
      code: "import { Hono } from 'hono';\n\nexport const app = new Hono();\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'a service importing the database folder',
      filePath: `${SERVER}/services/planted.ts`,
      code: `export * from '../db/${someFileIn(`${SERVER}/db`)}';\n`,
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: 'a job handler importing the database folder',
      filePath: `${SERVER}/jobs/kinds/planted.ts`,
      code: `export * from '${UP}/${UP}/db/${someFileIn(`${SERVER}/db`)}';\n`,
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: "the command line importing the server's repositories",
      filePath: 'apps/cli/src/commands/planted.ts',
      code: `export * from '${UP}/${UP}/${UP}/server/src/repositories/${someFileIn(`${SERVER}/repositories`)}';\n`,
      rule: 'import-x/no-restricted-paths',
    },
    {
      what: 'a package importing a package it does not declare',
      filePath: 'packages/geo/src/planted.ts',
      code: "import { z } from 'zod';\n\nexport const id = z.string();\n",
      rule: 'pactesur/declared-dependencies',
    },
    {
      what: "the web app's code importing a devDependency's values",
      filePath: 'apps/web/src/map/planted.ts',
      code: "import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';\n\nexport const check = validateStyleMin;\n",
      rule: 'pactesur/declared-dependencies',
    },
  ];

  it.each(refused)('refuses $what ($rule)', async ({ filePath, code, rule }) => {
    const messages = await lint(filePath, code);
    expect(messages.map((m) => m.ruleId)).toContain(rule);
  });

  const clean: Omit<Planted, 'rule'>[] = [
    {
      what: 'a pure package file (with zlib, which is computation)',
      filePath: 'packages/osm/src/planted.ts',
      code: "import { inflateSync } from 'node:zlib';\nimport { lngLat } from '@pactesur/geo';\n\nexport const origin = lngLat(0, 0);\nexport const inflate = (bytes: Uint8Array): Uint8Array => inflateSync(bytes);\n",
    },
    {
      what: "a package's Node entry using worker threads",
      filePath: 'packages/crowd/src/node/planted.ts',
      code: "import { Worker } from 'node:worker_threads';\n\nexport const start = (url: URL): Worker => new Worker(url);\n",
    },
    {
      what: 'a route speaking HTTP with zod',
      filePath: `${SERVER}/routes/planted.ts`,
      code: "import { Hono } from 'hono';\nimport { z } from 'zod';\n\nexport const Id = z.string();\nexport const router = new Hono().get('/', (c) => c.json({ ok: true }));\n",
    },
    {
      what: "a module's routes calling its service",
      filePath: `${SERVER}/modules/briefings/planted-routes.ts`,
      code: "export { BriefingService } from './briefing-service.ts';\n",
    },
    {
      what: 'a repository using kysely',
      filePath: `${SERVER}/repositories/planted.ts`,
      code: "import { sql } from 'kysely';\n\nexport const now = sql`now()`;\n",
    },
    {
      what: "the web app's code importing only types from a devDependency",
      filePath: 'apps/web/src/map/planted.ts',
      code: "import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';\n\nexport const empty = (style: StyleSpecification): boolean => style.layers.length === 0;\n",
    },
  ];

  it.each(clean)('passes $what', async ({ filePath, code }) => {
    const messages = await lint(filePath, code);
    expect(messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)).toEqual([]);
  });
});
