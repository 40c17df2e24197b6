import { describe, expect, it } from 'vitest';
import { orgMatches } from './orgFilter.ts';

describe('orgMatches', () => {
  it('ignores case and accents', () => {
    expect(orgMatches('Ville de Liège', 'LIEGE')).toBe(true);
    expect(orgMatches('Ayuntamiento de Madrid', 'ayunt')).toBe(true);
    expect(orgMatches('Città di Torino', 'citta')).toBe(true);
  });

  it('matches everything with nothing typed, and not another name', () => {
    expect(orgMatches('Efus', '  ')).toBe(true);
    expect(orgMatches('Efus', 'Nice')).toBe(false);
  });
});
