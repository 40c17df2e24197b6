import type { ScenarioDifference } from '@pactesur/contracts';

/** How a threat's risk moved between two versions. */
export type RiskMove =
  | { readonly kind: 'up' | 'down'; readonly by: number }
  | { readonly kind: 'same' | 'newly-scored' | 'no-longer-scored' | 'unscored' };

/**
 * The move of a threat's risk from one version to the next: up or down by how much, unchanged, scored
 * only in the later version, or only in the earlier one.
 *
 * @example riskMove({ before: { risk: 20, … }, after: { risk: 10, … }, riskChange: -10 }) // { kind: 'down', by: 10 }
 */
export function riskMove(d: Pick<ScenarioDifference, 'before' | 'after' | 'riskChange'>): RiskMove {
  if (d.before && d.after) {
    const change = d.riskChange ?? d.after.risk - d.before.risk;
    if (change > 0) return { kind: 'up', by: change };
    if (change < 0) return { kind: 'down', by: -change };
    return { kind: 'same' };
  }
  if (d.after) return { kind: 'newly-scored' };
  if (d.before) return { kind: 'no-longer-scored' };
  return { kind: 'unscored' };
}
