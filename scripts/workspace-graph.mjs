#!/usr/bin/env node
// The package graph, said three times, must say the same thing (ARCHITECTURE.md, invariant "the package
// graph is acyclic"): for every workspace, the workspaces its sources import, the workspaces its
// package.json depends on, and the projects its tsconfig.json references. A project of the root tsconfig
// without a package.json (bench/, test/) has no dependencies to compare; its imports and references must
// still agree. The graph must also be acyclic, and no package under packages/ may depend on an app.
// `node scripts/workspace-graph.mjs [root]` prints each disagreement and exits 1 when there is one.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
/** Build outputs and installed packages: not sources. */
const SKIP_DIRS = new Set(['node_modules', 'dist', '.types', 'coverage', 'test-results']);
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** Repository-relative path with forward slashes, the way the messages name folders. */
function rel(root, path) {
  return relative(root, path).split(sep).join('/') || '.';
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** tsconfig files may hold comments and trailing commas: read them as TypeScript does. */
function readTsconfig(path) {
  const { config, error } = ts.readConfigFile(path, (p) => readFileSync(p, 'utf8'));
  if (error) throw new Error(`${path}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return config;
}

/** The workspace folders named by the root package.json (`dir` or `dir/*` entries). */
function workspaceDirs(root) {
  const patterns = readJson(join(root, 'package.json')).workspaces ?? [];
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isDirectory() && existsSync(join(parent, entry.name, 'package.json'))) dirs.push(join(parent, entry.name));
      }
    } else if (existsSync(join(root, pattern, 'package.json'))) {
      dirs.push(join(root, pattern));
    }
  }
  return dirs;
}

/** Projects the root tsconfig references that are no workspace (no package.json of their own). */
function tsconfigOnlyDirs(root, workspaces) {
  const rootConfig = join(root, 'tsconfig.json');
  if (!existsSync(rootConfig)) return [];
  const known = new Set(workspaces);
  return referenceDirs(root, rootConfig).filter((dir) => !known.has(dir) && !existsSync(join(dir, 'package.json')));
}

/** The folders a tsconfig's `references` point to (a reference may name a folder or a tsconfig file). */
function referenceDirs(root, tsconfigPath) {
  const refs = readTsconfig(tsconfigPath).references ?? [];
  return refs.map((ref) => {
    const target = resolve(dirname(tsconfigPath), ref.path);
    return existsSync(target) && statSync(target).isFile() ? dirname(target) : target;
  });
}

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * Every module specifier of a file: static and type imports, re-exports, `import()` and `require()`.
 * TypeScript's own pre-processor reads them, so strings and comments that look like imports do not count.
 */
function specifiers(path) {
  const info = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The name of the workspace whose folder holds `path`, if any. */
function workspaceHolding(path, workspaces, dirToName) {
  const dir = workspaces.find((w) => path === w || path.startsWith(w + sep));
  return dir === undefined ? undefined : dirToName.get(dir);
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Reads the graph of the repository at `root` and lists every disagreement.
 * @returns {{ projects: import('./workspace-graph.d.mts').GraphProject[], problems: string[] }}
 */
export function checkWorkspaceGraph(root) {
  const workspaces = workspaceDirs(root);
  const nameToDir = new Map();
  const dirToName = new Map();
  for (const dir of workspaces) {
    const name = readJson(join(dir, 'package.json')).name;
    nameToDir.set(name, dir);
    dirToName.set(dir, name);
  }
  const projects = [];
  const problems = [];
  const dirs = [...workspaces, ...tsconfigOnlyDirs(root, workspaces)];
  for (const dir of dirs) {
    const where = rel(root, dir);
    const own = dirToName.get(dir);
    const imports = new Set();
    for (const file of sourceFiles(dir)) {
      for (const spec of specifiers(file)) {
        // A relative path into another workspace's folder is an import of that workspace all the same.
        const name = spec.startsWith('.') ? workspaceHolding(resolve(dirname(file), spec), workspaces, dirToName) : packageOf(spec);
        if (name !== undefined && nameToDir.has(name) && name !== own) imports.add(name);
      }
    }
    const hasPackageJson = own !== undefined;
    const dependencies = new Set();
    if (hasPackageJson) {
      const manifest = readJson(join(dir, 'package.json'));
      for (const field of DEPENDENCY_FIELDS) {
        for (const name of Object.keys(manifest[field] ?? {})) if (nameToDir.has(name)) dependencies.add(name);
      }
    }
    const references = new Set();
    const tsconfig = join(dir, 'tsconfig.json');
    if (!existsSync(tsconfig)) {
      problems.push(`${where}: has no tsconfig.json`);
    } else {
      for (const target of referenceDirs(root, tsconfig)) {
        const name = dirToName.get(target);
        if (name === undefined) problems.push(`${where}: tsconfig.json references ${rel(root, target)}, which is no workspace`);
        else references.add(name);
      }
    }
    const sorted = (set) => [...set].sort();
    for (const name of sorted(imports)) {
      if (hasPackageJson && !dependencies.has(name)) problems.push(`${where}: imports ${name}, missing from package.json dependencies`);
      if (!references.has(name)) problems.push(`${where}: imports ${name}, missing from tsconfig.json references (${rel(root, nameToDir.get(name))})`);
    }
    for (const name of sorted(dependencies)) {
      if (!imports.has(name)) problems.push(`${where}: package.json depends on ${name}, which no source imports`);
    }
    for (const name of sorted(references)) {
      if (!imports.has(name)) problems.push(`${where}: tsconfig.json references ${rel(root, nameToDir.get(name))}, which no source imports`);
    }
    if (where.startsWith('packages/')) {
      for (const name of sorted(new Set([...imports, ...dependencies]))) {
        if (rel(root, nameToDir.get(name)).startsWith('apps/')) problems.push(`${where}: a package depends on the app ${name}`);
      }
    }
    projects.push({ dir: where, name: own ?? null, imports: sorted(imports), dependencies: sorted(dependencies), references: sorted(references) });
  }
  problems.push(...cycles(projects, nameToDir, root));
  return { projects, problems };
}

/** Cycles through imports, dependencies or references, each named once by its path. */
function cycles(projects, nameToDir, root) {
  const edges = new Map();
  for (const p of projects) {
    if (p.name !== null) edges.set(p.name, new Set([...p.imports, ...p.dependencies, ...p.references]));
  }
  const found = [];
  const state = new Map(); // name → 'open' while on the stack, 'done' after
  const stack = [];
  const visit = (name) => {
    state.set(name, 'open');
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        found.push(`cycle: ${loop.map((n) => rel(root, nameToDir.get(n))).join(' → ')}`);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of [...edges.keys()].sort()) if (!state.has(name)) visit(name);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const { projects, problems } = checkWorkspaceGraph(root);
  if (problems.length > 0) {
    process.stderr.write(`The workspace graph disagrees with itself (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`workspace graph: ${projects.length} projects agree (imports = package.json = tsconfig references), no cycle\n`);
}
