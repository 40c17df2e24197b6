import { ProfileConstants } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  effectiveConstants,
  effectiveSources,
  GREEN_GUIDE,
  GREEN_GUIDE_SOURCES,
  REDUCED_FLOWS,
  REDUCED_FLOWS_SOURCE,
} from './profile.ts';

describe('the built-in profile', () => {
  it('holds the constants of EVENTS.md and passes the contract', () => {
    expect(ProfileConstants.parse(GREEN_GUIDE)).toEqual({
      planningDensity: 2,
      unstableDensity: 4,
      criticalDensity: 5,
      flowLevel: 82,
      flowRamp: 82,
      flowStairs: 66,
      screeningPerLanePerMin: 10,
      egressMinutes: 8,
      minExitWidthM: 1.05,
    });
  });

  it('names a source for every constant', () => {
    expect(Object.keys(GREEN_GUIDE_SOURCES).sort()).toEqual(Object.keys(GREEN_GUIDE).sort());
    expect(GREEN_GUIDE_SOURCES.planningDensity).toMatch(/UK HSG195/);
    expect(GREEN_GUIDE_SOURCES.flowStairs).toMatch(
      /Green Guide \(Guide to Safety at Sports Grounds, 6th ed\.\)/,
    );
    expect(GREEN_GUIDE_SOURCES.screeningPerLanePerMin).toMatch(/planning default/i);
    for (const source of Object.values(GREEN_GUIDE_SOURCES)) expect(source.length).toBeLessThanOrEqual(500);
  });
});

describe('effectiveConstants', () => {
  it('leaves the profile as it is for an ordinary audience', () => {
    expect(effectiveConstants(GREEN_GUIDE, false)).toEqual(GREEN_GUIDE);
  });

  it('lowers the flows for an audience that has drunk or is older: 72 level and ramp, 56 stairs', () => {
    expect(effectiveConstants(GREEN_GUIDE, true)).toEqual({
      ...GREEN_GUIDE,
      flowLevel: 72,
      flowRamp: 72,
      flowStairs: 56,
    });
    expect(REDUCED_FLOWS).toEqual({ flowLevel: 72, flowRamp: 72, flowStairs: 56 });
  });

  it('never raises a flow, and changes nothing applied twice', () => {
    const low = { ...GREEN_GUIDE, flowLevel: 60, flowRamp: 90, flowStairs: 50 };
    expect(effectiveConstants(low, true)).toEqual({ ...low, flowLevel: 60, flowRamp: 72, flowStairs: 50 });
    const once = effectiveConstants(GREEN_GUIDE, true);
    expect(effectiveConstants(once, true)).toEqual(once);
  });
});

describe('effectiveSources', () => {
  it('names the local authorities for the flows it lowered, the profile for the others', () => {
    const low = { ...GREEN_GUIDE, flowLevel: 60 };
    const sources = effectiveSources(low, { ...GREEN_GUIDE_SOURCES, flowLevel: 'our own count' }, true);
    expect(sources.flowLevel).toBe('our own count');
    expect(sources.flowRamp).toBe(REDUCED_FLOWS_SOURCE);
    expect(sources.flowStairs).toBe(REDUCED_FLOWS_SOURCE);
    expect(sources.planningDensity).toBe(GREEN_GUIDE_SOURCES.planningDensity);
    expect(effectiveSources(GREEN_GUIDE, GREEN_GUIDE_SOURCES, false)).toEqual(GREEN_GUIDE_SOURCES);
  });
});
