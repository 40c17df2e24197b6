// Invalid variants of the real messages of data/cap/, for the tests of each rule.
import { expect } from 'vitest';
import type { CapAlert } from '../../model.ts';
import { readCap } from '../../read.ts';
import { fixture } from '../../test-support/fixtures.ts';
import type { Finding } from '../finding.ts';

/** One change of a message's text: every occurrence of `from` (which must be there) becomes `to`, or only the `nth` (from 0). */
export interface Edit {
  readonly from: string;
  readonly to: string;
  readonly nth?: number;
}

/** The text of a real message with the edits made, each checked to have found its text. */
export function variantText(name: string, edits: readonly Edit[]): string {
  let text = fixture(name).text;
  for (const { from, to, nth } of edits) {
    const parts = text.split(from);
    if (parts.length < 2) throw new Error(`${name}: ${JSON.stringify(from)} is not in the text`);
    if (nth === undefined) text = parts.join(to);
    else {
      if (nth >= parts.length - 1)
        throw new Error(`${name}: ${JSON.stringify(from)} occurs fewer than ${nth + 1} times`);
      text = parts.slice(0, nth + 1).join(from) + to + parts.slice(nth + 1).join(from);
    }
  }
  return text;
}

/** A variant of a real message, read (it must be readable: the rules judge what the reader took). */
export function variant(name: string, edits: readonly Edit[] = []): CapAlert {
  const r = readCap(variantText(name, edits));
  if (!r.ok) throw new Error(`${name}: the variant is not read: ${r.code} ${r.message}`);
  return r.alert;
}

/** The one finding of `code` among `findings`, checked to be there once, at `level` and `path`. */
export function expectFinding(
  findings: readonly Finding[],
  code: string,
  level: Finding['level'],
  path: string,
): Finding {
  const found = findings.filter((f) => f.code === code);
  expect(found.map((f) => [f.code, f.level, f.path])).toEqual([[code, level, path]]);
  const [f] = found as [Finding];
  expect(f.message.length).toBeGreaterThan(10);
  return f;
}
