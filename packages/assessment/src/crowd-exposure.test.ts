import { describe, expect, it } from 'vitest';
import { crowdExposure } from './crowd-exposure.ts';

describe('crowdExposure', () => {
  it('gives the event occupancy as the people exposed, with the densities over the area', () => {
    const r = crowdExposure({
      areaM2: 2_000,
      typicalOccupancy: 400,
      eventOccupancy: 3_000,
      peakDensity: 2.4,
      simulatedPeople: 1_200,
    });
    // 400 / 2000 = 0.2 people per m² on a normal day, 3000 / 2000 = 1.5 at an event.
    expect(r).toEqual({
      value: 3_000,
      detail: {
        key: 'crowd-exposure',
        areaM2: 2_000,
        typicalOccupancy: 400,
        eventOccupancy: 3_000,
        typicalDensity: 0.2,
        eventDensity: 1.5,
        peakDensity: 2.4,
        simulatedPeople: 1_200,
      },
    });
  });

  it('falls back to the typical occupancy, then to the simulated crowd, then to nothing', () => {
    const base = { areaM2: 1_000, peakDensity: null, simulatedPeople: 700 };
    expect(crowdExposure({ ...base, typicalOccupancy: 250, eventOccupancy: null }).value).toBe(250);
    const simulated = crowdExposure({ ...base, typicalOccupancy: null, eventOccupancy: null });
    expect(simulated.value).toBe(700);
    expect([simulated.detail.typicalDensity, simulated.detail.eventDensity]).toEqual([null, null]);
    expect(
      crowdExposure({ ...base, simulatedPeople: null, typicalOccupancy: null, eventOccupancy: null }).value,
    ).toBeNull();
  });

  it('gives no density over an area of 0 or worse', () => {
    for (const areaM2 of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = crowdExposure({
        areaM2,
        typicalOccupancy: 10,
        eventOccupancy: 20,
        peakDensity: null,
        simulatedPeople: null,
      });
      expect([r.value, r.detail.typicalDensity, r.detail.eventDensity]).toEqual([20, null, null]);
    }
  });
});
