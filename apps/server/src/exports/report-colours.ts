import type { PlanMeasure } from '@pactesur/contracts';

/** Colours of the map: a measure that opens for emergency vehicles, one that does not, a speed-reduction layout. */
export const MEASURE_COLOURS = { openable: '#1b7f3b', fixed: '#c0262d', layout: '#1f5fbf' } as const;
export const ZONE_COLOUR = '#5b6470';

/** The colour class of a measure: a layout alone, a product that opens, or a fixed one. */
export function measureColour(m: Pick<PlanMeasure, 'rating' | 'openable'>): keyof typeof MEASURE_COLOURS {
  if (m.rating === null) return 'layout';
  return m.openable ? 'openable' : 'fixed';
}
