#!/usr/bin/env node
// The whole test suite: build the command line, typecheck, lint, build the web app, then every Vitest
// project (unit, server on PGlite, server on PostgreSQL when DATABASE_URL is set, browser tests in
// Chromium). Ends with the line "N passed, N failed". Extra arguments go to Vitest, e.g.
// `npm test -- --project unit`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureSystemTools, TEST_TOOLS } from './system-tools.mjs';

const extra = process.argv.slice(2);
// The browser tests need Chromium: installed here when possible, else one line says what to install.
if (process.env.PACTESUR_E2E !== '0' && !ensureSystemTools(TEST_TOOLS)) process.exit(1);
const steps = [];
function step(name, command, args) {
  const started = Date.now();
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

const npx = 'npx';
// The tests that start the real `pactesur` command run the compiled build, as users do: build it first.
step('build', 'node', ['scripts/build.mjs']);
if (extra.length === 0) {
  step('typecheck', npx, ['tsc', '-b']);
  step('lint', npx, ['eslint', '.', '--max-warnings=0']);
  step('build web', 'npm', ['run', 'build:web', '--silent']);
}
mkdirSync('.vitest', { recursive: true });
const report = '.vitest/results.json';
step('tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  // A file that failed without a failed test (it did not load, or a hook threw) counts once.
  for (const file of results.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) failed += 1;
  }
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
}
for (const s of steps) if (!s.ok && s.name !== 'tests') failed += 1;
const testsStep = steps.find((s) => s.name === 'tests');
if (testsStep && !testsStep.ok && failed === 0) failed = 1; // the runner itself failed

process.stdout.write('\n' + steps.map((s) => `${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`).join('\n') + '\n');
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed === 0 && steps.every((s) => s.ok) ? 0 : 1);
