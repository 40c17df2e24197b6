import type { PracticeHit } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { MATURITY_COLOURS, practicePins } from './practicePins.ts';

const hit = (id: string, location: [number, number] | null): PracticeHit => ({
  id,
  ownerName: 'Ville de Nice',
  state: 'published',
  maturity: 'evaluated',
  title: { source: 'fr', texts: { fr: id }, machine: {} },
  summary: null,
  city: 'Nice',
  country: 'FR',
  location,
  confidentiality: 'public',
  year: 2017,
  demo: false,
  rank: 0,
  headline: '',
});

describe('practicePins', () => {
  it('makes a pin of each result with a place', () => {
    const pins = practicePins([hit('a', [7.26, 43.69]), hit('b', null), hit('c', [5.57, 50.63])]);
    expect(pins.features.map((f) => f.properties.practiceId)).toEqual(['a', 'c']);
    expect(pins.features[0]?.geometry.coordinates).toEqual([7.26, 43.69]);
    expect(pins.features[0]?.properties.colour).toBe(MATURITY_COLOURS.evaluated);
  });
});
