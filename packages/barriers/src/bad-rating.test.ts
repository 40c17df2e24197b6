import { describe, expect, it } from 'vitest';
import { parseRating } from './parse-rating.ts';

const code = (text: unknown): string | null => {
  const r = parseRating(text);
  return r.ok ? null : r.error.code;
};
const message = (text: unknown): string => {
  const r = parseRating(text);
  return r.ok ? '' : r.error.message;
};

describe('hostile rating strings are refused with codes, never thrown', () => {
  it('refuses empty, huge and non-string input', () => {
    expect(code('')).toBe('rating-empty');
    expect(code('   \t\n ')).toBe('rating-empty');
    expect(code('V/7200[N3C]/48/90:0.0'.repeat(20))).toBe('rating-too-long');
    expect(code('x'.repeat(10_000_000))).toBe('rating-too-long');
    for (const v of [undefined, null, 42, {}, ['V/7200[N3C]/48/90:0.0'], Symbol('r')])
      expect(code(v)).toBe('rating-malformed');
  });

  it('refuses unicode junk, control characters and look-alikes it cannot read as ASCII', () => {
    for (const text of [
      'V/7200[N3C]/48/90:0.0\u0000',
      '💥',
      'V/7200[Н3С]/48/90:0.0',
      'V/７２００[N3C]/48/90:0.0\u202e',
      '\ud800',
    ])
      expect(code(text)).toBe('rating-malformed');
    expect(message('V/7200[Н3С]/48/90:0.0')).toContain('position');
  });

  it('refuses negative numbers and absurd masses, speeds, angles and penetrations', () => {
    expect(code('V/-7200[N3C]/48/90:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/-48/90:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/48/90:-1.0')).toBe('rating-out-of-range');
    expect(code('V/99999999[N3C]/48/90:0.0')).toBe('rating-out-of-range');
    expect(code('V/0[N3C]/48/90:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/0/90:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/900/90:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/48/0:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/48/135:0.0')).toBe('rating-out-of-range');
    expect(code('V/7200[N3C]/48/90:1000.0')).toBe('rating-out-of-range');
    expect(message('V/99999999[N3C]/48/90:0.0')).toContain('mass');
    expect(code('V/7200.5[N3C]/48/90:0.0')).toBe('rating-malformed');
    for (const n of ['1e4', 'Infinity', 'NaN', '0x1C20', '7 200', '+7200', '.5'])
      expect(code(`V/${n}[N3C]/48/90:0.0`)).toBe('rating-malformed');
  });

  it('refuses broken structure with a message naming what is missing', () => {
    expect(message('7200[N3C]/48/90:0.0')).toContain('not a rating');
    expect(message('V/7200/48/90:0.0')).toContain('vehicle class');
    expect(message('V/7200[N3C]48/90:0.0')).toContain('"/"');
    expect(message('V/7200[N3C]/48/90')).toContain('":"');
    expect(message('V/7200[N3C]/48:90:0.0')).toContain('":"');
    expect(message('V/7200[N3C]/48/90/5:0.0')).toContain('speed/angle');
    expect(message('V/7200[]/48/90:0.0')).toContain('class');
    expect(message('V/7200[N3C!]/48/90:0.0')).toContain('class');
    expect(message('V/7200[N3C]/48/90:0.0/1/2/3')).toContain('too many');
    expect(message('V/7200[N3C]/48/90:0.0/X')).toContain('dispersion');
    expect(message('PAS 68 V/7500[N3]/48/90:0.0')).toContain('(…)');
    expect(message('ISO 22343-1 V/7200(N3C)/48/90:0.0')).toContain('[…]');
    for (const text of [
      'V/',
      'V//',
      '[',
      ']',
      '(',
      '/',
      ':',
      'IWA 14-1:',
      'PAS 68',
      'ISO 22343-1:2023',
      'V/[]/:',
    ])
      expect(code(text)).not.toBeNull();
  });

  it('refuses ASTM designations the standard does not have', () => {
    expect(code('M60/P1')).toBe('rating-unknown-designation');
    expect(code('C30/P1')).toBe('rating-unknown-designation');
    expect(code('X50/P1')).toBe('rating-unknown-designation');
    expect(code('M50/P5')).toBe('rating-unknown-designation');
    expect(code('M50')).toBe('rating-malformed');
    expect(code('K12')).toBe('rating-malformed');
    expect(message('M60/P1')).toContain('M50');
  });
});
