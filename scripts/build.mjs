#!/usr/bin/env node
// `npm run build`: compiles the `pactesur` command (which contains the server) into JavaScript in
// apps/cli/dist/ with esbuild — run at install (`prepare`), by `npm start` and by `npm test`.
//
// - Entries: the CLI (`main.mjs`) and the three kinds of worker thread. Each worker is emitted under the
//   name of the boot file its spawner points at in the sources (`thread-bootstrap.mjs`,
//   `pglite-bootstrap.mjs`, `step-worker-boot.mjs`), and every output file sits flat in dist/, so `new URL('./<boot>.mjs',
//   import.meta.url)` finds the right file both in the sources (tsx) and in the bundle.
// - Code splitting: a command's heavy modules are separate chunks, loaded only when it runs.
// - Workspace packages (`@pactesur/*`) are bundled; every other package stays external and is loaded
//   from node_modules as installed (native addons, WebAssembly, fonts, Lua scripts, pino transports).
// - Each build goes into a folder of its own, `dist/<build>/`; `dist/build.json` names the current one,
//   when it started and the sources it read. `bin/pactesur.mjs` runs it only while no source is newer
//   (see `apps/cli/bin/compiled-build.mjs`). The record is written last and atomically, so a command
//   started during a build runs either the previous build or the sources, never half of each; and a
//   server that keeps running starts its job threads from its own build, not from a newer one.
// - Earlier builds are removed once a week old, the three newest always kept.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'apps/cli/dist');
/** An earlier build is kept this long (and the newest three always), for servers still running it. */
const KEEP_PREVIOUS_MS = 7 * 24 * 60 * 60 * 1000;
const KEEP_NEWEST = 3;

/** Bare imports other than `@pactesur/*` are resolved by Node at run time, from node_modules. */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@pactesur/') ? undefined : { path: args.path, external: true }));
  },
};

const started = Date.now();
const buildDir = `b${started.toString(36)}`;
const result = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: 'apps/cli/src/main.ts', out: 'main' },
    { in: 'apps/server/src/jobs/threads/thread-entry.ts', out: 'thread-bootstrap' },
    { in: 'apps/server/src/db/pglite-thread.ts', out: 'pglite-bootstrap' },
    { in: 'packages/crowd/src/node/step-worker.ts', out: 'step-worker-boot' },
  ],
  outdir: join(outdir, buildDir),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  write: false,
  plugins: [npmPackagesExternal],
}).catch(() => {
  // esbuild has printed the errors with their place in the sources.
  process.stderr.write('the build failed: apps/cli/dist/ is unchanged\n');
  process.exit(1);
});

mkdirSync(outdir, { recursive: true });
for (const file of result.outputFiles) writeAtomically(file.path, file.contents);

const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'));
writeAtomically(join(outdir, 'build.json'), JSON.stringify({ startedAt: started, dir: buildDir, inputs }, null, 1) + '\n');

// Earlier builds: folders beyond the newest few once old enough, and files of the flat layout of old.
const earlier = readdirSync(outdir, { withFileTypes: true })
  .filter((e) => e.name !== buildDir && e.name !== 'build.json')
  .map((e) => ({ path: join(outdir, e.name), folder: e.isDirectory(), mtimeMs: statSync(join(outdir, e.name)).mtimeMs }))
  .sort((a, b) => b.mtimeMs - a.mtimeMs);
earlier.forEach((e, i) => {
  const keep = e.folder && (i < KEEP_NEWEST - 1 || Date.now() - e.mtimeMs < KEEP_PREVIOUS_MS);
  if (!keep) rmSync(e.path, { recursive: true, force: true });
});
process.stdout.write(`built ${relative(root, outdir)}/${buildDir}/ (${result.outputFiles.length} files from ${inputs.length} sources) in ${Date.now() - started} ms\n`);

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

