import { describe, expect, it } from 'vitest';
import { featureAreaM2, featuresOf, flowsOf, isCounted, zonesOf } from './plan-parts.ts';
import { GREEN_GUIDE } from './profile.ts';
import { NICE, plan, promenadePlan, rect } from './test-plan.ts';

describe('the parts of a plan', () => {
  const p = promenadePlan();

  it('picks the features of a type and the zones of a use, in the plan’s order', () => {
    expect(featuresOf(p, 'exit').map((e) => e.id)).toEqual(['north', 'east', 'south', 'side']);
    expect(featuresOf(p, 'screening').map((s) => s.lanes)).toEqual([6, 4]);
    expect(zonesOf(p, 'audience').map((z) => z.id)).toEqual(['beach', 'gardens']);
    expect(zonesOf(p, 'no-view')).toEqual([]);
  });

  it('counts areas in whole square metres', () => {
    // 100 × 60 − 10 × 10 = 5 900
    const [beach] = zonesOf(p, 'audience');
    expect(beach === undefined ? null : featureAreaM2(beach)).toBe(5_900);
    const tiny = plan({
      features: [{ id: 't', name: '', type: 'structure', polygon: rect(NICE, 1.2, 1.2) }],
    });
    const [t] = featuresOf(tiny, 'structure');
    expect(t === undefined ? null : featureAreaM2(t)).toBe(1);
  });

  it('takes the flows by kind and counts the exits at least as wide as the minimum', () => {
    expect(flowsOf(GREEN_GUIDE)).toEqual({ level: 82, ramp: 82, stairs: 66 });
    expect([1.04, 1.05, 3].map((widthM) => isCounted({ widthM, kind: 'level' }, GREEN_GUIDE))).toEqual([
      false,
      true,
      true,
    ]);
  });
});
