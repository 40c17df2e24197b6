/**
 * @pactesur/protect — protection planning (HVM.md §4–6): the cheapest barrier plan that stops every
 * design-basis class at every perimeter point, keeps emergency routes open and pedestrian lines permeable.
 * Pure: the MIP solver is passed in (`@pactesur/protect/node` has HiGHS).
 */
export * from './cut-problem.ts';
export * from './lp-format.ts';
export * from './solve-cut.ts';
