import { martynOf } from '@pactesur/assessment';
import type { EventPlan, MartynItem, MartynTier } from '@pactesur/contracts';

export { MARTYN_ENHANCED_FROM, MARTYN_STANDARD_FROM, martynOf, martynTier } from '@pactesur/assessment';

/**
 * Martyn's Law for an event, as the assessment reckons it for a site: the tier of the plan's expected
 * peak (none under 200, standard from 200, enhanced from 800) and what that tier asks for that the plan
 * does not tick as in place.
 */
export function eventMartyn(plan: Pick<EventPlan, 'expectedPeak' | 'martyn'>): {
  capacity: number | null;
  tier: MartynTier;
  missing: MartynItem[];
} {
  return martynOf({ capacity: plan.expectedPeak, inPlace: plan.martyn }, null);
}
