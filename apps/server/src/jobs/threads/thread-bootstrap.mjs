// Entry of a job thread when the server runs from its TypeScript sources (tsx, Vitest): threads do not
// inherit the TypeScript loader, so register it, then load the code. The compiled build
// (scripts/build.mjs) emits the compiled thread entry under this same name beside its chunks, so the
// pool's `new URL('./thread-bootstrap.mjs', import.meta.url)` starts the right file in either form.
import { register } from 'tsx/esm/api';

register();
await import('./thread-entry.ts');
