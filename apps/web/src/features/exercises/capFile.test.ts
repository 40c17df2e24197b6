import { describe, expect, it } from 'vitest';
import { capFileName } from './capFile.ts';

describe('capFileName', () => {
  it('keeps letters, digits, dots, dashes and underscores of the identifier', () => {
    expect(capFileName('urn:oid:2.49.0.1.250.0.exercise.42')).toBe('urn-oid-2.49.0.1.250.0.exercise.42.cap.xml');
    expect(capFileName('PACTESUR_EX 7/3')).toBe('PACTESUR_EX-7-3.cap.xml');
  });

  it('names a message without a usable identifier, and keeps a long one short', () => {
    expect(capFileName('///')).toBe('alert.cap.xml');
    expect(capFileName('x'.repeat(300))).toHaveLength(120 + '.cap.xml'.length);
  });
});
