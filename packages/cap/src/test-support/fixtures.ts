// The CAP messages of data/cap/ (see its SOURCES.md): ten real or published ones and two invalid ones.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CAP_DATA = fileURLToPath(new URL('../../../../data/cap/', import.meta.url));

export interface CapFixture {
  /** Path under data/cap/. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly text: string;
}

function load(dir: string): CapFixture[] {
  return readdirSync(CAP_DATA + dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => {
      const bytes = new Uint8Array(readFileSync(`${CAP_DATA}${dir}${f}`));
      return { name: dir + f, bytes, text: new TextDecoder().decode(bytes) };
    });
}

export const VALID_MESSAGES: readonly CapFixture[] = load('');
export const INVALID_MESSAGES: readonly CapFixture[] = load('invalid/');
export const ALL_MESSAGES: readonly CapFixture[] = [...VALID_MESSAGES, ...INVALID_MESSAGES];

export function fixture(name: string): CapFixture {
  const f = ALL_MESSAGES.find((m) => m.name === name || m.name.startsWith(name));
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
}

export function dataFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(CAP_DATA + path));
}
