import { describe, expect, it } from 'vitest';
import { base64 } from './base64.ts';

describe('base64', () => {
  it('encodes as Node does, padding included', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 100, 1001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('keeps the RFC 4648 examples', () => {
    const text = (s: string) => base64(new TextEncoder().encode(s));
    expect([text('f'), text('fo'), text('foo'), text('foob'), text('fooba'), text('foobar')]).toEqual([
      'Zg==',
      'Zm8=',
      'Zm9v',
      'Zm9vYg==',
      'Zm9vYmE=',
      'Zm9vYmFy',
    ]);
  });
});
