import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const XSD_FILE = 'cap-v1.2.xsd';
let cached: string | null = null;

/**
 * The text of the CAP 1.2 schema, read once from this folder. Bundled into the command line's build, this
 * module no longer sits beside the file; the package is then found through Node's resolution of its own
 * name, which leads back to this folder.
 */
export function capXsd(): string {
  if (cached !== null) return cached;
  const beside = fileURLToPath(new URL(`./${XSD_FILE}`, import.meta.url));
  try {
    cached = readFileSync(beside, 'utf8');
  } catch {
    const entry = createRequire(import.meta.url).resolve('@pactesur/cap/node');
    cached = readFileSync(join(dirname(entry), XSD_FILE), 'utf8');
  }
  return cached;
}
