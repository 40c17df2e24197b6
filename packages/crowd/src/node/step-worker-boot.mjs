// Entry point of a crowd stepping worker: registers tsx inside the worker thread, then loads the
// TypeScript step loop. (On Node 20, `execArgv: ['--import', 'tsx']` does not reach worker threads.)
import { register } from 'tsx/esm/api';

register();
await import('./step-worker.ts');
