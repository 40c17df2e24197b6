// Where the compiled build of the `pactesur` command is (apps/cli/dist/, made by scripts/build.mjs) and
// whether it is current: it is used only while none of the sources it was built from changed since the
// build started, so an edited source is never silently run from an older build.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../../', import.meta.url);
const DIST = new URL('../dist/', import.meta.url);

/** The compiled CLI entry (`dist/main.mjs`). */
export const COMPILED_MAIN = fileURLToPath(new URL('main.mjs', DIST));

/**
 * `current` when the build exists and no source it read is newer than the build; otherwise `missing` or
 * `stale` (a source changed, or went away, since).
 * @returns {'current' | 'missing' | 'stale'}
 */
export function compiledBuildState() {
  let record;
  try {
    record = JSON.parse(readFileSync(new URL('build.json', DIST), 'utf8'));
    statSync(COMPILED_MAIN);
  } catch {
    return 'missing';
  }
  for (const input of record.inputs) {
    try {
      if (statSync(new URL(input, ROOT)).mtimeMs > record.startedAt) return 'stale';
    } catch {
      return 'stale';
    }
  }
  return 'current';
}
