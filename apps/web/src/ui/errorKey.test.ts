import { LOCALES } from '@pactesur/contracts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError, isSignedOut } from '../api.ts';
import { DICTIONARIES } from '../i18n/all-dictionaries.ts';
import { detailLines, errorKey } from './errorKey.ts';

/** The codes of the API's error catalogue, from its table in `docs/errors.md` (kept equal to the server's). */
function catalogueCodes(): string[] {
  const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
  return [...doc.matchAll(/^\| `([a-z_]+)` \| \d{3} \|/gm)].map((m) => m[1] ?? '');
}

describe('error sentences', () => {
  const codes = catalogueCodes();

  it('reads the whole catalogue', () => {
    expect(codes.length).toBeGreaterThan(30);
    expect(codes).toContain('invitation_invalid');
  });

  it('has a sentence for every code of the catalogue in every language', () => {
    const missing = codes.filter((code) => errorKey(code) === null);
    expect(missing).toEqual([]);
    for (const locale of LOCALES) {
      const messages: Readonly<Record<string, string>> = DICTIONARIES[locale];
      const empty = codes.filter((code) => !messages[`errors.code.${code}`]?.trim());
      expect(empty, locale).toEqual([]);
    }
  });

  it('tells a wrong password apart from an ended session', () => {
    const en = DICTIONARIES.en;
    expect(en['errors.code.invalid_credentials']).toMatch(/password is wrong/);
    expect(en['errors.code.invalid_credentials']).not.toMatch(/session/i);
    expect(en['errors.code.invitation_invalid']).toMatch(/^This invitation link is not valid any more/);
  });

  it('knows no sentence for an unknown code', () => {
    expect(errorKey('no_such_code')).toBeNull();
    expect(errorKey('toString')).toBeNull();
  });

  it('lists the fields of a validation answer', () => {
    expect(
      detailLines([{ path: 'email', message: 'Invalid email address' }, { message: 'too long' }, 3]),
    ).toEqual(['email: Invalid email address', 'too long']);
    expect(detailLines(undefined)).toEqual([]);
  });
});

describe('isSignedOut', () => {
  it('is a missing or ended session, never a refused sign-in', () => {
    expect(isSignedOut(new ApiError(401, 'session_expired', 'x'))).toBe(true);
    expect(isSignedOut(new ApiError(401, 'unauthenticated', 'x'))).toBe(true);
    expect(isSignedOut(new ApiError(401, 'invalid_credentials', 'x'))).toBe(false);
    expect(isSignedOut(new ApiError(429, 'too_many_attempts', 'x'))).toBe(false);
    expect(isSignedOut(new TypeError('network'))).toBe(false);
  });
});
