import { Methane } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { EMPTY_METHANE, methaneOrNull } from './methane.ts';

describe('methaneOrNull', () => {
  it('posts no report when nothing of it is filled in', () => {
    expect(methaneOrNull(EMPTY_METHANE)).toBeNull();
    expect(methaneOrNull({ ...EMPTY_METHANE, hazards: '   ' })).toBeNull();
  });

  it('posts the report trimmed once a field is filled in or a major incident is declared', () => {
    const report = methaneOrNull({
      ...EMPTY_METHANE,
      exactLocation: ' Gate B, north side ',
      casualties: '3 injured ',
    });
    expect(report).toEqual({
      ...EMPTY_METHANE,
      exactLocation: 'Gate B, north side',
      casualties: '3 injured',
    });
    expect(Methane.safeParse(report).success).toBe(true);
    expect(methaneOrNull({ ...EMPTY_METHANE, major: true })).toEqual({ ...EMPTY_METHANE, major: true });
  });
});
