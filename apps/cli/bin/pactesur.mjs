#!/usr/bin/env node
// The `pactesur` command. Runs the compiled build (a folder of apps/cli/dist/, made at install, by `npm start`, by
// `npm test` and by `npm run build`) when it is current. Without one, or when a source changed since it
// was built, runs the TypeScript sources through tsx instead: the same behaviour, only slower to start
// and heavier (a person at a terminal is told so on stderr).
import { compiledBuildState, compiledMain } from './compiled-build.mjs';

const state = compiledBuildState();
let main;
if (state === 'current') {
  ({ main } = await import(compiledMain()));
} else {
  if (process.stderr.isTTY) {
    const why = state === 'missing' ? 'there is no compiled build' : 'the compiled build is older than the sources';
    process.stderr.write(`pactesur: ${why}; running the sources (slower) — \`npm run build\` compiles them.\n`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
