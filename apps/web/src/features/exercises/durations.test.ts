import { describe, expect, it } from 'vitest';
import { durationParts } from './durations.ts';

describe('durationParts', () => {
  it('gives seconds alone under a minute, to a tenth under ten, in the reader’s writing', () => {
    expect(durationParts(4.26, 'en')).toEqual({ minutes: null, seconds: '4.3' });
    expect(durationParts(4.26, 'fr')).toEqual({ minutes: null, seconds: '4,3' });
    expect(durationParts(3, 'en')).toEqual({ minutes: null, seconds: '3' });
    expect(durationParts(42.6, 'en')).toEqual({ minutes: null, seconds: '43' });
    expect(durationParts(-1, 'en')).toEqual({ minutes: null, seconds: '0' });
  });

  it('gives minutes and two-digit seconds from a minute', () => {
    expect(durationParts(60, 'en')).toEqual({ minutes: 1, seconds: '00' });
    expect(durationParts(125.4, 'en')).toEqual({ minutes: 2, seconds: '05' });
    expect(durationParts(3599.6, 'it')).toEqual({ minutes: 60, seconds: '00' });
  });
});
