#!/usr/bin/env node
// The `pactesur` command: loads the TypeScript sources through tsx, then hands over to src/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
