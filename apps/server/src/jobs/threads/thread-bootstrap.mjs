// Entry of a job thread: threads do not inherit the TypeScript loader, so register it, then load the code.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
