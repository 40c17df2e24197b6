#!/usr/bin/env node
// The long fuzz run (fuzz/README.md): the same property tests as the suite, with many more inputs each
// (`PACTESUR_FUZZ_RUNS`, default 20 000) and no time budget. A failing input is shrunk and written to
// fuzz/corpus/<parser>/found-<hash>.<ext> by the tests themselves; an input that hangs (no next input for
// --hang-seconds) is copied from fuzz/.inflight/ to fuzz/corpus/<parser>/hang-<hash>.<ext> here, and the run
// is stopped. Ends by listing the corpus files it added.
//   npm run fuzz                         every fuzz test, 20 000 inputs per property
//   npm run fuzz -- --runs 2000 osm      only test files whose path contains "osm"
//   npm run fuzz -- --seed 42            replay the inputs of a given seed
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'fuzz', 'corpus');
const INFLIGHT = join(ROOT, 'fuzz', '.inflight');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const runs = Number(option('--runs', process.env.PACTESUR_FUZZ_RUNS ?? '20000'));
const hangSeconds = Number(option('--hang-seconds', '120'));
const seed = option('--seed', process.env.PACTESUR_FUZZ_SEED);
if (!Number.isSafeInteger(runs) || runs <= 0 || !(hangSeconds > 0)) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--hang-seconds S] [--seed N] [path filter …]\n');
  process.exit(2);
}

/** The fuzz test files of the workspaces, by path from the root. */
function fuzzTests(dir = ROOT, rel = '') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || ['node_modules', 'dist', 'fuzz', 'data'].includes(entry.name)) continue;
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...fuzzTests(join(dir, entry.name), path));
    else if (entry.name.endsWith('.fuzz.test.ts')) out.push(path);
  }
  return out;
}
const files = fuzzTests().filter((f) => args.length === 0 || args.some((a) => f.includes(a)));
if (files.length === 0) {
  process.stderr.write(`no fuzz test matches ${args.join(' ')}\n`);
  process.exit(2);
}

/** Every corpus file, as `parser/name`. */
function corpusFiles() {
  if (!existsSync(CORPUS)) return new Set();
  return new Set(readdirSync(CORPUS).flatMap((parser) => readdirSync(join(CORPUS, parser)).map((name) => `${parser}/${name}`)));
}

const before = corpusFiles();
rmSync(INFLIGHT, { recursive: true, force: true });
process.stdout.write(`fuzzing ${files.length} test file(s) with ${runs} inputs per property${seed ? `, seed ${seed}` : ''}\n`);
const child = spawn(
  'npx',
  ['vitest', 'run', '--project', 'unit', '--testTimeout=0', '--hookTimeout=0', ...files],
  {
    cwd: ROOT,
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, PACTESUR_FUZZ_RUNS: String(runs), ...(seed ? { PACTESUR_FUZZ_SEED: seed } : {}) },
  },
);

// An input still in fuzz/.inflight/ after --hang-seconds is a hang: vitest cannot interrupt synchronous
// code, so it is saved from here and the run is stopped.
let hung = null;
const watchdog = setInterval(() => {
  if (!existsSync(INFLIGHT)) return;
  for (const name of readdirSync(INFLIGHT)) {
    const path = join(INFLIGHT, name);
    let age;
    try {
      age = (Date.now() - statSync(path).mtimeMs) / 1000;
    } catch {
      continue; // finished meanwhile
    }
    if (age < hangSeconds) continue;
    const m = /^(.+)-\d+-\d+(\..+)$/.exec(name);
    const parser = m?.[1] ?? 'unknown';
    const ext = m?.[2] ?? '.in';
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);
    mkdirSync(join(CORPUS, parser), { recursive: true });
    hung = join(CORPUS, parser, `hang-${hash}${ext}`);
    copyFileSync(path, hung);
    process.stderr.write(`\n${parser}: one input ran for more than ${hangSeconds} s; saved to ${hung}; stopping\n`);
    clearInterval(watchdog);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    return;
  }
}, 5_000);

child.on('exit', (code) => {
  clearInterval(watchdog);
  rmSync(INFLIGHT, { recursive: true, force: true });
  const added = [...corpusFiles()].filter((f) => !before.has(f));
  process.stdout.write(
    added.length > 0
      ? `\nnew corpus entries (each one a bug to fix, then kept as a regression input):\n${added.map((f) => `  fuzz/corpus/${f}`).join('\n')}\n`
      : '\nno new corpus entry\n',
  );
  process.exit(hung ? 1 : (code ?? 1));
});
