import type { EventProfile } from '@pactesur/contracts';

/** A profile for the tests of the pages' helpers: the built-in UK one as the API answers it, two sources given. */
export const testProfile: EventProfile = {
  id: null,
  familyId: null,
  ownerOrgId: null,
  name: 'UK Green Guide',
  country: 'GB',
  version: 1,
  constants: {
    planningDensity: 2,
    unstableDensity: 4,
    criticalDensity: 5,
    flowLevel: 82,
    flowRamp: 82,
    flowStairs: 66,
    screeningPerLanePerMin: 10,
    egressMinutes: 8,
    minExitWidthM: 1.05,
  },
  sources: { planningDensity: 'UK HSG195', flowLevel: 'Green Guide' },
  createdAt: null,
  createdByName: null,
  superseded: false,
};
