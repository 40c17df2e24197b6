import type { NetworkRole } from '@pactesur/contracts';

/** The colour of each network role on the map and in its legend (contrast ≥ 3:1 on the base map). */
export const ROLE_COLOURS: Readonly<Record<NetworkRole, string>> = {
  lead: '#b42318',
  consortium: '#1d4ed8',
  associated: '#0f766e',
  'expert-committee': '#7c3aed',
  observer: '#52525b',
};
