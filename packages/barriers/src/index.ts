/** Barrier ratings and the barrier catalogue (HVM.md §4–5): parse and print ratings, decide what stops what, cost lines. */
export * from './barrier-error.ts';
export * from './rating.ts';
export * from './astm-rating.ts';
export * from './parse-rating.ts';
export * from './format-rating.ts';
export * from './stops.ts';
export * from './barrier-product.ts';
export * from './parse-catalogue.ts';
export * from './default-catalogue.ts';
export * from './line-cost.ts';
export * from './cheapest-stopping.ts';
