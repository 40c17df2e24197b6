// Entry point of a crowd stepping worker when running from the TypeScript sources: registers tsx inside
// the worker thread, then loads the step loop. (On Node 20, `execArgv: ['--import', 'tsx']` does not reach
// worker threads.) The compiled build emits the compiled step loop under this same name.
import { register } from 'tsx/esm/api';

register();
await import('./step-worker.ts');
