// Type-aware lint for the whole monorepo, and the architecture's boundaries (ARCHITECTURE.md, "Architecture
// invariants"): domain packages do no I/O (`pureCore`), the server keeps its layers (`serverLayers`), every
// workspace declares what it imports (`declaredDependencies`). `scripts/lint-rules.test.ts` plants a file
// breaking each boundary and checks it is refused; `scripts/workspace-graph.mjs` keeps package.json and
// tsconfig references in step with the imports.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ROOT = import.meta.dirname;
const TS = '{ts,tsx,mts,cts}';
const CODE = '{ts,tsx,mts,cts,js,mjs,cjs}';

/** Tests, benchmarks and their helpers: they may read fixtures, and use devDependencies. */
const devFiles = [
  `**/*.test.${CODE}`,
  `**/*.bench.${CODE}`,
  '**/test/**',
  '**/test-support/**',
  '**/e2e/**',
  '**/scripts/**',
  'bench/**',
  `**/*.config.${CODE}`,
];

// ---------------------------------------------------------------------------------------------------------
// Pure cores: no I/O in domain packages.

const noIo = 'Domain packages do no I/O (ARCHITECTURE.md); Node-only code goes in the package\'s src/node/.';

/**
 * `zlib` stays allowed: `inflateSync` turns bytes in memory into bytes in memory (the OSM PBF reader's
 * blobs) and reaches no file, socket or process. Every other Node builtin is refused, under either name.
 */
const COMPUTE_BUILTINS = new Set(['zlib']);
const ioBuiltins = builtinModules.filter((m) => !m.includes('/') && !m.startsWith('_') && !COMPUTE_BUILTINS.has(m));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const pureCoreImports = [
  { regex: `^node:(?!(${[...COMPUTE_BUILTINS].join('|')})$)`, message: noIo },
  { regex: `^(${ioBuiltins.map(escape).join('|')})(/.*)?$`, message: noIo },
  { regex: '^pg(/.*)?$', message: `${noIo} The database is the server's repositories'.` },
  { regex: '^kysely', message: `${noIo} The database is the server's repositories'.` },
  { regex: '^@electric-sql/', message: `${noIo} The database is the server's repositories'.` },
  { regex: '^(hono|@hono/)', message: `${noIo} HTTP is the server's routes'.` },
  { regex: '^(ioredis|bullmq)(/.*)?$', message: `${noIo} Queues are the server's job system's.` },
  // React itself renders to values and may serve a package of pure components; react-dom is the DOM.
  { regex: '^react-dom(/.*)?$', message: 'No DOM in domain packages.' },
  { regex: '^maplibre-gl', message: 'No map library in domain packages.' },
];

/** Globals that reach the network or the page; `globalThis.x` is refused too so it cannot go round. */
const ioGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'document', 'window'];

const pureCore = {
  files: [`packages/*/src/**/*.${TS}`],
  ignores: [
    ...devFiles,
    'packages/*/src/node/**', // the Node entry of a package (worker threads, the WASM solver)
    'packages/api-client/**', // the HTTP client, by nature on fetch
  ],
  rules: {
    'no-restricted-imports': ['error', { patterns: pureCoreImports }],
    // `import()` loads code at run time, a door the import rules above cannot watch.
    'no-restricted-syntax': [
      'error',
      { selector: 'ImportExpression', message: `${noIo} No dynamic import() in a domain package.` },
      { selector: "CallExpression[callee.name='require']", message: `${noIo} No require() in a domain package.` },
    ],
    'no-restricted-globals': ['error', ...ioGlobals.map((name) => ({ name, message: noIo }))],
    'no-restricted-properties': [
      'error',
      ...ioGlobals.map((property) => ({ object: 'globalThis', property, message: noIo })),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// Server layers: route → service → repository; the job engine below the services; the CLI above the server.
//
// Paths inside the repository are judged by `import-x/no-restricted-paths`, which resolves each import to
// the file it names: a repository reached one folder up, the schema reached two folders up and `./index.ts` from a sibling are
// all judged by where the file lives, however the path is spelled, and a file merely named like a layer
// (`jobs/job-repository.ts`) is not mistaken for one. npm packages are judged by name with
// `no-restricted-imports` patterns, since their resolved path depends on where npm hoisted them.

const S = 'apps/server/src';
const layerFiles = (dirs) => ({ files: dirs.map((d) => `${S}/${d}/**/*.${TS}`), ignores: devFiles });
const named = (regex, message) => ({ regex, message });
const DB = 'Only repositories touch the database (ARCHITECTURE.md).';
const HTTP = 'Only routes speak HTTP (ARCHITECTURE.md).';
const database = [
  named('^kysely', DB),
  named('^pg(/.*)?$', DB),
  named('^@electric-sql/', DB),
];
const http = [named('^(hono|@hono/)', HTTP)];

const zone = (target, from, message) => ({ target: [target].flat(), from: [from].flat(), message });
/** Repositories kept beside the module they serve (`jobs/job-repository.ts`, `outbox/webhook-repository.ts`). */
const repositoryFiles = `${S}/**/*-repository.ts`;
const moduleRoutes = `${S}/modules/*/*-routes.ts`;
const moduleServices = `${S}/modules/*/*-service.ts`;
const serverZones = [
  zone([`${S}/routes`, `${S}/http`], [`${S}/db`, `${S}/repositories`], `Routes reach data through services. ${DB}`),
  // A zone's `from` is either folders or globs, never both: the glob has zones of its own.
  zone([`${S}/routes`, `${S}/http`], repositoryFiles, `Routes reach data through services. ${DB}`),
  zone(`${S}/jobs/kinds`, repositoryFiles, 'Job handlers are pure: they never open the database (ARCHITECTURE.md).'),
  zone('apps/cli/src', repositoryFiles, `The command line goes through the server's services. ${DB}`),
  zone(`${S}/services`, `${S}/db`, DB),
  zone(`${S}/services`, [`${S}/routes`, `${S}/http`], `Services never speak HTTP; routes call services, not the reverse.`),
  zone(`${S}/repositories`, [`${S}/services`, `${S}/routes`, `${S}/http`], 'Repositories sit below the services and know nothing above them.'),
  zone(`${S}/jobs`, [`${S}/services`, `${S}/routes`, `${S}/http`], 'The job engine sits below the services.'),
  zone(`${S}/records`, [`${S}/services`, `${S}/routes`, `${S}/http`], 'Record kinds sit with the repositories, below the services.'),
  zone(`${S}/outbox`, [`${S}/services`, `${S}/routes`, `${S}/http`], 'The outbox sits below the services.'),
  zone([`${S}/routes`, `${S}/http`, `${S}/services`], `${S}/files`, 'Stored files are reached through the repositories (ADR 0016).'),
  zone(`${S}/files`, [`${S}/services`, `${S}/routes`, `${S}/http`, `${S}/repositories`, `${S}/db`, `${S}/jobs`], 'The file store knows nothing of what its files are for.'),
  zone(`${S}/jobs/kinds`, [`${S}/db`, `${S}/repositories`], 'Job handlers are pure: they never open the database (ARCHITECTURE.md).'),
  zone('apps/cli/src', [`${S}/db`, `${S}/repositories`], `The command line goes through the server's services. ${DB}`),
  // Inside a module's folder the layers are named by file: `*-routes.ts` → `*-service.ts` → `*-repository.ts`.
  zone(moduleRoutes, [`${S}/db`, `${S}/repositories`], `Routes reach data through services. ${DB}`),
  zone(moduleRoutes, repositoryFiles, `Routes reach data through services. ${DB}`),
  zone(moduleServices, `${S}/db`, DB),
  zone(moduleServices, [`${S}/routes`, `${S}/http`], 'Services never speak HTTP; routes call services, not the reverse.'),
  zone(moduleServices, moduleRoutes, 'Services never speak HTTP; routes call services, not the reverse.'),
  zone(repositoryFiles, [`${S}/services`, `${S}/routes`, `${S}/http`], 'Repositories sit below the services and know nothing above them.'),
  zone(repositoryFiles, moduleServices, 'Repositories sit below the services and know nothing above them.'),
  zone(repositoryFiles, moduleRoutes, 'Repositories sit below the services and know nothing above them.'),
];

const serverLayers = [
  {
    files: [`${S}/**/*.${TS}`, `apps/cli/src/**/*.${TS}`],
    ignores: devFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: serverZones }] },
  },
  { ...layerFiles(['routes', 'http']), rules: { 'no-restricted-imports': ['error', { patterns: database }] } },
  { files: [moduleRoutes], ignores: devFiles, rules: { 'no-restricted-imports': ['error', { patterns: database }] } },
  { ...layerFiles(['services']), rules: { 'no-restricted-imports': ['error', { patterns: [...database, ...http] }] } },
  { files: [moduleServices], ignores: devFiles, rules: { 'no-restricted-imports': ['error', { patterns: [...database, ...http] }] } },
  { ...layerFiles(['repositories', 'records', 'outbox']), rules: { 'no-restricted-imports': ['error', { patterns: http }] } },
  { ...layerFiles(['jobs']), rules: { 'no-restricted-imports': ['error', { patterns: http }] } },
  // A later block replaces the rule's options for the files it matches, so the kinds repeat the jobs' list.
  { ...layerFiles(['jobs/kinds']), rules: { 'no-restricted-imports': ['error', { patterns: [...http, ...database] }] } },
  {
    files: [`apps/cli/src/**/*.${TS}`],
    ignores: devFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: database }] },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Declared dependencies: each workspace imports only what its own package.json declares (workspace
// packages and type-only imports included; a type-only import may come from devDependencies); tests,
// benchmarks and config files may also use the root's devDependencies (vitest, playwright-core). Root
// files (bench/, scripts/, test/) have the root package.json, which does not list the workspaces: their
// imports of workspaces are checked against the tsconfig references by `scripts/workspace-graph.mjs`.

function workspaces() {
  const patterns = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).workspaces ?? [];
  return patterns.flatMap((pattern) => {
    const parent = pattern.replace(/\/\*$/, '');
    if (parent === pattern) return [pattern];
    return readdirSync(join(ROOT, parent), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(ROOT, parent, e.name, 'package.json')))
      .map((e) => `${parent}/${e.name}`);
  });
}
const workspaceDirs = workspaces();
const workspaceNames = workspaceDirs.map((dir) => JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')).name);

/** `import type` and `export type`: erased from the build, so a devDependency may provide them. */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.importKind === 'typeof' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/**
 * import-x's no-extraneous-dependencies, except that a type-only import may come from devDependencies
 * (where `@types/*` packages belong), while a value import of a devDependency from production code is
 * still refused. import-x has no such option: its `devDep` report is dropped for type-only imports.
 */
const importXExtraneous = importX.rules['no-extraneous-dependencies'];
const declaredDependenciesRule = {
  meta: importXExtraneous.meta,
  defaultOptions: importXExtraneous.defaultOptions,
  create(context) {
    const report = (descriptor) => {
      if (descriptor.messageId === 'devDep' && isTypeOnly(descriptor.node)) return;
      context.report(descriptor);
    };
    return importXExtraneous.create(Object.create(context, { report: { value: report } }));
  },
};
const pactesurPlugin = { rules: { 'declared-dependencies': declaredDependenciesRule } };

const extraneous = (options) => ({
  'pactesur/declared-dependencies': ['error', { includeInternal: true, includeTypes: true, ...options }],
});

const declaredDependencies = [
  {
    files: [`**/*.${CODE}`],
    rules: extraneous({ packageDir: [ROOT], devDependencies: true, whitelist: workspaceNames }),
  },
  ...workspaceDirs.flatMap((dir) => [
    {
      files: [`${dir}/**/*.${CODE}`],
      rules: extraneous({ packageDir: [join(ROOT, dir)], devDependencies: false }),
    },
    {
      files: devFiles.map((glob) => `${dir}/${glob}`),
      rules: extraneous({ packageDir: [join(ROOT, dir), ROOT], devDependencies: true }),
    },
  ]),
];

/**
 * Node's resolution, and for a bare name it cannot find, the name's `@types/` package: a type-only import
 * such as `geojson` resolves there, so no-extraneous-dependencies sees it instead of skipping it unresolved.
 */
const nodeResolver = createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.d.ts', '.js', '.mjs', '.json'] });
const resolver = {
  interfaceVersion: 3,
  name: 'node-then-types',
  resolve(modulePath, sourceFile) {
    const found = nodeResolver.resolve(modulePath, sourceFile);
    if (found.found || /^[./]|^node:/.test(modulePath)) return found;
    const [first, second] = modulePath.split('/');
    const types = first.startsWith('@') ? `@types/${first.slice(1)}__${second}` : `@types/${first}`;
    return nodeResolver.resolve(types, sourceFile);
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.types/**', '**/.data/**', 'bench/results/**', '.scratch/**', '.vitest/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { 'import-x': importX, pactesur: pactesurPlugin },
    settings: {
      'import-x/resolver-next': [resolver],
    },
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/cli/**', 'scripts/**', 'bench/**', '**/*.test.ts', '**/*.bench.ts', '**/test/**', '**/e2e/**'],
    rules: { 'no-console': 'off' },
  },
  pureCore,
  ...serverLayers,
  ...declaredDependencies,
);
