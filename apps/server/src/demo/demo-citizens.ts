import type { PactesurClient } from '@pactesur/api-client';
import type { Polygon, SaveCoverage } from '@pactesur/contracts';
import { DEMO_PASSWORD } from './seed.ts';

/** Central Nice, from the port to the Promenade and up to the station (about 7.25–7.29 E, 43.69–43.71 N). */
const CENTRAL_NICE: Polygon = {
  type: 'Polygon',
  coordinates: [[[7.25, 43.69], [7.29, 43.69], [7.29, 43.71], [7.25, 43.71], [7.25, 43.69]]],
};

/**
 * Where Nice takes citizens' reports: the city its public-space categories, its municipal police the
 * security and crowd ones, both over central Nice. Each declared by the organisation's admin, as a city does.
 */
export const DEMO_COVERAGE: readonly { readonly account: string; readonly coverage: SaveCoverage }[] = [
  {
    account: 'admin@nice.example.org',
    coverage: { name: 'Central Nice — public space', categories: ['lighting-fault', 'damaged-barrier', 'other', 'event-safety'], area: CENTRAL_NICE },
  },
  {
    account: 'commander@police.nice.example.org',
    coverage: { name: 'Central Nice — municipal police', categories: ['unattended-item', 'blocked-emergency-access', 'suspicious-vehicle', 'crowding'], area: CENTRAL_NICE },
  },
];

/** Declares the demo coverage through `api` (each organisation's once); answers whether it wrote any. */
export async function writeDemoCoverage(api: PactesurClient): Promise<boolean> {
  let written = false;
  for (const { account, coverage } of DEMO_COVERAGE) {
    const admin = api.another();
    await admin.signIn({ email: account, password: DEMO_PASSWORD });
    if ((await admin.listCoverage()).length > 0) continue;
    await admin.createCoverage(coverage);
    written = true;
  }
  return written;
}
