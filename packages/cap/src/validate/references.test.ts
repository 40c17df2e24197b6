import { describe, expect, it } from 'vitest';
import { parseReferences } from './references.ts';

describe('parseReferences', () => {
  it('reads space-separated sender,identifier,sent triplets, over several lines', () => {
    const r = parseReferences(
      '\n  cap-pac@ec.gc.ca,2.49.0.1.124.726d2331.2013,2013-01-23T21:31:00-00:00\n\tcfs@sa.gov.au,9227922014-06-11T09:41:37+09:30,2014-06-11T09:41:37+09:30 ',
    );
    expect(r).toEqual({
      ok: true,
      refs: [
        {
          sender: 'cap-pac@ec.gc.ca',
          identifier: '2.49.0.1.124.726d2331.2013',
          sent: '2013-01-23T21:31:00-00:00',
        },
        {
          sender: 'cfs@sa.gov.au',
          identifier: '9227922014-06-11T09:41:37+09:30',
          sent: '2014-06-11T09:41:37+09:30',
        },
      ],
    });
  });

  it.each([
    ['', /empty/],
    ['   \n ', /empty/],
    ['a@b,id', /reference 1 "a@b,id" has 2 comma-separated parts/],
    ['a@b,id,2003-06-11T20:30:00-07:00,x', /4 comma-separated parts/],
    [',id,2003-06-11T20:30:00-07:00', /empty sender/],
    ['a@b,,2003-06-11T20:30:00-07:00', /empty identifier/],
    ['a<b,id,2003-06-11T20:30:00-07:00', /sender/],
    ['a@b,i&d,2003-06-11T20:30:00-07:00', /identifier/],
    [
      'a@b,id,2003-06-11T20:30:00-07:00 a@b,id2,2003-06-11T20:30:00Z',
      /reference 2 .* sent time that ends in Z/,
    ],
  ])('refuses %j', (text, why) => {
    const r = parseReferences(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('INVALID_REFERENCES');
      expect(r.message).toMatch(why);
    }
  });

  it('quotes only the start of a huge bad triplet', () => {
    const r = parseReferences(`a@b,${'x'.repeat(100_000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(200);
  });
});
