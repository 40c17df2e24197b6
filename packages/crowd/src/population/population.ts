import type { Ring } from '../geometry/vec.ts';
import type { Distribution } from './distribution.ts';

/** How an agent picks its exit. */
export type ExitChoice =
  | { readonly kind: 'nearest' }
  | { readonly kind: 'assigned'; readonly exit: number }
  | { readonly kind: 'congestion' };

/** One block of agents of a scenario, resolved to local metres and exit indices. */
export interface PopulationGroup {
  readonly count: number;
  readonly area: Ring;
  readonly radius: Distribution;
  readonly v0: Distribution;
  readonly premovement: Distribution;
  readonly exit: ExitChoice;
  /** People who start together, walk at the pace of the slowest and head for the same exit. */
  readonly groupSize: number;
}
