import {
  MARTYN_MEASURES,
  MARTYN_PROCEDURES,
  type Martyn,
  type MartynItem,
  type MartynTier,
} from '@pactesur/contracts';

/** Martyn's Law's thresholds (people expected at once): the standard duty from 200, the enhanced from 800. */
export const MARTYN_STANDARD_FROM = 200;
export const MARTYN_ENHANCED_FROM = 800;

/**
 * The tier of a place by its capacity: under 200 people none, 200–799 standard, 800 or more enhanced;
 * none when the capacity is not known.
 */
export function martynTier(capacity: number | null): MartynTier {
  if (capacity === null || !(capacity >= MARTYN_STANDARD_FROM)) return 'none';
  return capacity >= MARTYN_ENHANCED_FROM ? 'enhanced' : 'standard';
}

const TIER_ITEMS: Record<MartynTier, readonly MartynItem[]> = {
  none: [],
  standard: MARTYN_PROCEDURES,
  enhanced: [...MARTYN_PROCEDURES, ...MARTYN_MEASURES],
};

/**
 * The Martyn's Law checklist: the capacity (the team's own figure, else the site's event occupancy), its
 * tier, and what that tier asks for that is not ticked as in place (the procedures; for the enhanced tier
 * the measures too), in the law's order.
 */
export function martynOf(
  martyn: Martyn,
  eventOccupancy: number | null,
): { capacity: number | null; tier: MartynTier; missing: MartynItem[] } {
  const capacity = martyn.capacity ?? eventOccupancy;
  const tier = martynTier(capacity);
  const inPlace = new Set(martyn.inPlace);
  return { capacity, tier, missing: TIER_ITEMS[tier].filter((item) => !inPlace.has(item)) };
}
