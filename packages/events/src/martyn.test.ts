import { describe, expect, it } from 'vitest';
import { eventMartyn } from './martyn.ts';

describe('eventMartyn', () => {
  it('takes the tier from the expected peak: none under 200, standard from 200, enhanced from 800', () => {
    expect(eventMartyn({ expectedPeak: 0, martyn: [] })).toEqual({ capacity: 0, tier: 'none', missing: [] });
    expect(eventMartyn({ expectedPeak: 199, martyn: [] }).tier).toBe('none');
    expect(eventMartyn({ expectedPeak: 200, martyn: ['evacuation', 'lockdown'] })).toEqual({
      capacity: 200,
      tier: 'standard',
      missing: ['invacuation', 'communication'],
    });
    expect(eventMartyn({ expectedPeak: 800, martyn: [] }).tier).toBe('enhanced');
  });

  it('lists what the enhanced tier asks for that is not in place', () => {
    const r = eventMartyn({
      expectedPeak: 25_000,
      martyn: ['evacuation', 'invacuation', 'lockdown', 'communication'],
    });
    expect(r.tier).toBe('enhanced');
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.missing).not.toContain('evacuation');
    expect(r.missing).toContain('monitoring');
  });
});
