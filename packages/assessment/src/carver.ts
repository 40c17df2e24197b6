import { CARVER_CRITERIA, type Carver } from '@pactesur/contracts';

/**
 * The CARVER + Shock total: the seven criteria (each 1–10) summed, 7–70; null when the team has not
 * scored it.
 */
export function carverTotal(carver: Carver | null): number | null {
  if (carver === null) return null;
  return CARVER_CRITERIA.reduce((sum, c) => sum + carver[c], 0);
}
