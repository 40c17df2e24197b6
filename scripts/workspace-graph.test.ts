// The workspace graph check on the real repository, and on a copy of its package and tsconfig files and
// sources with planted disagreements, so the check is seen to catch each kind it promises to.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspaceGraph } from './workspace-graph.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/workspace-graph.mjs');
const SKIP = new Set(['node_modules', '.git', 'dist', '.types', 'data', 'results', '.vitest', '.scratch', '.data']);

/** Copies what the graph is made of: package.json, tsconfig.json and code, nothing installed or built. */
function copyRepository(to: string): void {
  cpSync(ROOT, to, {
    recursive: true,
    filter: (source) => {
      const name = basename(source);
      if (source === ROOT.replace(/\/$/, '')) return true;
      if (SKIP.has(name)) return false;
      return !/\.[a-z]+$/.test(name) || /^(package|tsconfig)\.json$/.test(name) || /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name);
    },
  });
}

function editJson(path: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

describe('workspace graph', () => {
  it('the real repository: every workspace imports what it declares and references', () => {
    const { projects, problems } = checkWorkspaceGraph(ROOT);
    expect(projects.map((p) => p.dir)).toEqual(expect.arrayContaining(['packages/geo', 'apps/server', 'apps/cli', 'bench']));
    expect(projects.find((p) => p.dir === 'packages/site')?.imports).toEqual(['@pactesur/contracts', '@pactesur/geo', '@pactesur/osm']);
    expect(problems).toEqual([]);
  });

  it('the command says so with its exit code', () => {
    const out = execFileSync('node', [SCRIPT, ROOT], { encoding: 'utf8' });
    expect(out).toMatch(/projects agree/);
  });

  describe('a copy with planted disagreements', () => {
    let copy = '';
    let before: string[] = [];
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'pactesur-graph-'));
      copyRepository(copy);
      before = checkWorkspaceGraph(copy).problems;
      // geo imports vehicle, which depends on geo: undeclared, unreferenced, and a cycle.
      writeFileSync(join(copy, 'packages/geo/src/planted.ts'), "export { analyseThreat } from '@pactesur/vehicle';\n");
      // site forgets its reference to osm.
      editJson(join(copy, 'packages/site/tsconfig.json'), (json) => {
        json.references = [{ path: '../geo' }];
      });
      // barriers declares a package it never imports.
      editJson(join(copy, 'packages/barriers/package.json'), (json) => {
        json.dependencies = { ...(json.dependencies as object), '@pactesur/contracts': '*' };
      });
      // crowd reaches into osm's folder by a relative path: still an import of osm.
      writeFileSync(join(copy, 'packages/crowd/src/planted.ts'), `export type { OsmData } from '${['..', '..', 'osm', 'src', 'index.ts'].join('/')}';\n`);
      // contracts depends on an app.
      editJson(join(copy, 'packages/contracts/package.json'), (json) => {
        json.dependencies = { ...(json.dependencies as object), '@pactesur/server': '*' };
      });
    });
    afterAll(() => {
      if (copy !== '') rmSync(copy, { recursive: true, force: true });
    });

    it('the copy agrees with the real repository before anything is planted', () => {
      expect(before).toEqual(checkWorkspaceGraph(ROOT).problems);
    });

    it('names each planted disagreement', () => {
      const { problems } = checkWorkspaceGraph(copy);
      expect(problems).toEqual(
        expect.arrayContaining([
          'packages/geo: imports @pactesur/vehicle, missing from package.json dependencies',
          'packages/geo: imports @pactesur/vehicle, missing from tsconfig.json references (packages/vehicle)',
          'packages/site: imports @pactesur/osm, missing from tsconfig.json references (packages/osm)',
          'packages/barriers: package.json depends on @pactesur/contracts, which no source imports',
          'packages/crowd: imports @pactesur/osm, missing from package.json dependencies',
          'packages/contracts: a package depends on the app @pactesur/server',
        ]),
      );
      expect(problems.some((p) => p.startsWith('cycle: ') && p.includes('packages/geo') && p.includes('packages/vehicle'))).toBe(true);
    });

    it('the command fails and lists them', () => {
      let status = 0;
      let stderr = '';
      try {
        execFileSync('node', [SCRIPT, copy], { encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        const failure = e as { status: number; stderr: string };
        status = failure.status;
        stderr = failure.stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toContain('packages/geo: imports @pactesur/vehicle, missing from package.json dependencies');
    });
  });
});
