import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';

/** The machine a benchmark ran on, recorded with its results. */
export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** `--name value` flags over numeric defaults. */
export function parseFlags<T extends Record<string, number>>(argv: readonly string[], defaults: T): T {
  const out: Record<string, number> = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '') ?? '';
    const value = Number(argv[i + 1]);
    if (!(key in defaults) || !Number.isFinite(value)) throw new Error(`unknown flag or bad value: ${argv[i]} ${argv[i + 1]}`);
    out[key] = value;
  }
  return out as T;
}

/** Writes `bench/results/<name>.json` (with the date) and `<name>.md`. */
export function writeResults(name: string, data: object, markdown: string): void {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify({ at, ...data }, null, 2) + '\n');
  writeFileSync(new URL(`${name}.md`, dir), `${markdown}\nRecorded ${at} on ${JSON.stringify(machine())}.\n`);
}
