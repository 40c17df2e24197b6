import type { FacetName } from '@pactesur/contracts';

/** A value of a facet as its box shows it: how many practices have it, and whether it is ticked. */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
  readonly chosen: boolean;
}

/** Facets whose values have an order of their own (shown in it rather than by count). */
const ORDERED: Readonly<Partial<Record<FacetName, readonly string[]>>> = {
  maturity: ['inspiring', 'peer-reviewed', 'evaluated'],
  evaluation: ['none', 'process', 'outcome', 'impact', 'cost-effectiveness'],
  cost: ['under-10k', '10k-100k', '100k-1m', 'over-1m'],
};

/**
 * The values to offer in a facet: those the API counted, and the chosen ones even if none is left (so they
 * can be unticked). Years newest first; maturity, evaluation and cost in their own order; the others by
 * count, most first, then by value.
 */
export function facetValues(
  facet: FacetName,
  counts: readonly { readonly value: string; readonly count: number }[] | undefined,
  chosen: readonly string[],
): FacetValue[] {
  const byValue = new Map((counts ?? []).map((c) => [c.value, c.count]));
  for (const value of chosen) if (!byValue.has(value)) byValue.set(value, 0);
  const values = [...byValue].map(([value, count]) => ({ value, count, chosen: chosen.includes(value) }));
  const order = ORDERED[facet];
  if (facet === 'year') return values.sort((a, b) => Number(b.value) - Number(a.value));
  if (order) return values.sort((a, b) => rank(order, a.value) - rank(order, b.value));
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The place of a value in an order; unknown values last. */
const rank = (order: readonly string[], value: string): number => {
  const at = order.indexOf(value);
  return at < 0 ? order.length : at;
};

/** How many values a facet shows before "Show all": the chosen ones are always shown. */
export const FIRST_VALUES = 8;

/** The values shown while a facet is folded: the first ones, and any chosen value further down. */
export function foldedValues(values: readonly FacetValue[], limit = FIRST_VALUES): FacetValue[] {
  return values.filter((v, i) => i < limit || v.chosen);
}
