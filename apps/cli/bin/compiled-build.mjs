// Where the compiled build of the `pactesur` command is (a folder of apps/cli/dist/ named by
// dist/build.json, made by scripts/build.mjs) and whether it is current: it is used only while none of the
// sources it was built from changed since the build started, so an edited source is never silently run
// from an older build.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../../', import.meta.url);
const DIST = new URL('../dist/', import.meta.url);

/** The record of the current build: when it started, its folder, the sources it read; null without one. */
function buildRecord() {
  try {
    const record = JSON.parse(readFileSync(new URL('build.json', DIST), 'utf8'));
    return typeof record.dir === 'string' && Array.isArray(record.inputs) ? record : null;
  } catch {
    return null;
  }
}

/** The compiled CLI entry of the current build (`dist/<build>/main.mjs`), or null when there is none. */
export function compiledMain() {
  const record = buildRecord();
  return record ? fileURLToPath(new URL(`${record.dir}/main.mjs`, DIST)) : null;
}

/**
 * `current` when the build exists and no source it read is newer than the build; otherwise `missing` or
 * `stale` (a source changed, or went away, since).
 * @returns {'current' | 'missing' | 'stale'}
 */
export function compiledBuildState() {
  const record = buildRecord();
  const main = compiledMain();
  if (!record || !main) return 'missing';
  try {
    statSync(main);
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
