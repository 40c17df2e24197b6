// Entry of the embedded database's thread when the server runs from its TypeScript sources (tsx, Vitest):
// threads do not inherit the TypeScript loader, so register it, then load the code. The compiled build
// (scripts/build.mjs) emits the compiled `pglite-thread.ts` under this same name beside its chunks.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-thread.ts');
