import type { IndicatorDetail } from '@pactesur/contracts';

/** What the crowd exposure is computed from. */
export interface CrowdExposureInput {
  /** The site's walkable area (m²). */
  readonly areaM2: number;
  readonly typicalOccupancy: number | null;
  readonly eventOccupancy: number | null;
  /** The latest crowd simulation's peak density (people per m²) and number of people, if there is one. */
  readonly peakDensity: number | null;
  readonly simulatedPeople: number | null;
}

/**
 * The crowd exposed (ASSESSMENT.md: usable area × density for the normal and event occupancy): the people
 * at an event, else on a normal day, else those of the latest simulation (null when none is known), with
 * the densities over the walkable area (null when the occupancy is unknown or the area is not a positive
 * number).
 */
export function crowdExposure(input: CrowdExposureInput): {
  value: number | null;
  detail: Extract<IndicatorDetail, { key: 'crowd-exposure' }>;
} {
  const { areaM2, typicalOccupancy, eventOccupancy, peakDensity, simulatedPeople } = input;
  const density = (people: number | null): number | null =>
    people === null || !(areaM2 > 0) || !Number.isFinite(areaM2) ? null : people / areaM2;
  return {
    value: eventOccupancy ?? typicalOccupancy ?? simulatedPeople ?? null,
    detail: {
      key: 'crowd-exposure',
      areaM2,
      typicalOccupancy,
      eventOccupancy,
      typicalDensity: density(typicalOccupancy),
      eventDensity: density(eventOccupancy),
      peakDensity,
      simulatedPeople,
    },
  };
}
