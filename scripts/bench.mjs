#!/usr/bin/env node
// `npm run bench [name …]`: runs every scenario benchmark in bench/ (or the named ones), one after the
// other so they do not compete for the cores, each writing its figures to bench/results/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { BENCH_TOOLS, ensureSystemTools } from './system-tools.mjs';

const wanted = process.argv.slice(2);
const all = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'results.ts' && f !== 'synthetic-extract.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const chosen = wanted.length ? all.filter((n) => wanted.includes(n)) : all;
if (!ensureSystemTools(chosen.flatMap((name) => BENCH_TOOLS[name] ?? []))) process.exit(1);
let failed = 0;
for (const name of chosen) {
  process.stdout.write(`\n== bench/${name}.ts\n`);
  const r = spawnSync('npx', ['tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
