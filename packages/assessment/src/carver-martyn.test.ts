import { describe, expect, it } from 'vitest';
import { carverTotal } from './carver.ts';
import { martynOf, martynTier } from './martyn.ts';

describe('carverTotal', () => {
  it('sums the seven criteria', () => {
    // 8 + 6 + 3 + 7 + 9 + 10 + 5 = 48
    expect(
      carverTotal({
        criticality: 8,
        accessibility: 6,
        recuperability: 3,
        vulnerability: 7,
        effect: 9,
        recognizability: 10,
        shock: 5,
      }),
    ).toBe(48);
    expect(
      carverTotal({
        criticality: 1,
        accessibility: 1,
        recuperability: 1,
        vulnerability: 1,
        effect: 1,
        recognizability: 1,
        shock: 1,
      }),
    ).toBe(7);
    expect(
      carverTotal({
        criticality: 10,
        accessibility: 10,
        recuperability: 10,
        vulnerability: 10,
        effect: 10,
        recognizability: 10,
        shock: 10,
      }),
    ).toBe(70);
  });

  it('is null when not scored', () => {
    expect(carverTotal(null)).toBeNull();
  });
});

describe("Martyn's Law", () => {
  it('puts the tiers at 200 and 800 people', () => {
    expect([null, 0, 199, 200, 799, 800, 50_000].map(martynTier)).toEqual([
      'none',
      'none',
      'none',
      'standard',
      'standard',
      'enhanced',
      'enhanced',
    ]);
  });

  it("takes the team's capacity, else the event occupancy, and lists what the tier asks for that is missing", () => {
    expect(martynOf({ capacity: null, inPlace: ['lockdown', 'monitoring'] }, 850)).toEqual({
      capacity: 850,
      tier: 'enhanced',
      missing: [
        'evacuation',
        'invacuation',
        'communication',
        'movement-control',
        'physical-safety',
        'information-security',
      ],
    });
    // The team's own figure wins over the site's; the standard tier asks for the procedures only.
    expect(martynOf({ capacity: 300, inPlace: ['lockdown', 'monitoring'] }, 850)).toEqual({
      capacity: 300,
      tier: 'standard',
      missing: ['evacuation', 'invacuation', 'communication'],
    });
    expect(martynOf({ capacity: 0, inPlace: [] }, 850)).toEqual({ capacity: 0, tier: 'none', missing: [] });
    expect(martynOf({ capacity: null, inPlace: [] }, null)).toEqual({
      capacity: null,
      tier: 'none',
      missing: [],
    });
    expect(
      martynOf({ capacity: 200, inPlace: ['evacuation', 'invacuation', 'lockdown', 'communication'] }, null)
        .missing,
    ).toEqual([]);
  });
});
