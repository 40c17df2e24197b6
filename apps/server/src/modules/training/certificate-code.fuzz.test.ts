// A certificate's code as typed in the public check (any text a visitor sends in the address): read as a
// code or refused (null), never an exception; every code the platform draws is read back, however typed.
import { describe, expect, it } from 'vitest';
import { fuzz, hostileText } from '../../../../../fuzz/harness.mjs';
import { certificateCode, readCertificateCode } from './certificate-code.ts';

const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

function check(typed: string): void {
  const code = readCertificateCode(typed);
  if (code === null) return;
  expect(code).toMatch(CODE);
  expect(readCertificateCode(code)).toBe(code);
}

describe('certificate codes', () => {
  it('are drawn in the alphabet without look-alikes, and read back typed in lower case with spaces', () => {
    for (let i = 0; i < 200; i++) {
      const code = certificateCode();
      expect(code).toMatch(CODE);
      expect(readCertificateCode(` ${code.toLowerCase().replace('-', ' -')} `)).toBe(code);
    }
    expect(readCertificateCode('ABCD-EFGH-IJKL')).toBeNull(); // I and L are not in the alphabet
  });

  it('answers for hostile text', () => fuzz('certificate-code', hostileText, check, { runs: 300, encode: (t) => t, ext: '.txt' }));
});
