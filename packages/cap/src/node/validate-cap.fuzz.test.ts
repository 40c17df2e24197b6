// validateCap on broken and hostile messages, the XSD included: whatever the bytes, it answers (never
// throws) with findings whose paths name an element, `valid` true exactly when no finding is an error, and
// an XSD report cut to its first errors. Each run starts xmllint in a worker, so the runs are few; the
// mutations keep the message well-formed, so that it reaches the XSD; the reader's own fuzz test
// (read.fuzz.test.ts) covers the bytes it refuses before.
import { describe, expect, it } from 'vitest';
import { fuzz } from '../../../../fuzz/harness.mjs';
import { VALID_MESSAGES } from '../test-support/fixtures.ts';
import { mutatedMessage } from '../validate/test-support/mutated-message.ts';
import { validateCap } from './validate-cap.ts';
import { MAX_XSD_FINDINGS } from './validate-xsd.ts';

const seeds = VALID_MESSAGES.map((m) => m.text);
async function check(bytes: Uint8Array): Promise<void> {
  const r = await validateCap(bytes);
  expect(r.valid).toBe(!r.findings.some((f) => f.level === 'error'));
  // A message the reader refuses is that one refusal, and nothing else is run on it.
  if (r.alert === null) expect(r.findings.map((f) => f.level)).toEqual(['error']);
  expect(r.findings.filter((f) => f.code === 'XSD_INVALID').length).toBeLessThanOrEqual(MAX_XSD_FINDINGS + 1);
  for (const f of r.findings) {
    expect(f.path).toMatch(/^[A-Za-z_][\w.-]*(\/[A-Za-z_][\w.-]*(\[\d+\])?)*$/);
    expect(f.message.length).toBeLessThan(1_000);
  }
}

describe('validateCap on hostile messages', () => {
  it('answers mutated real messages, the XSD included', () =>
    fuzz('cap-validate', mutatedMessage(seeds), check, { runs: 25, encode: (b) => b, ext: '.xml' }));
});
