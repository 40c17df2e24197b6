/**
 * @pactesur/protect — protection planning (HVM.md §4–6): the cheapest barrier plan that stops every
 * design-basis class at every perimeter point, keeps emergency routes open and pedestrian lines permeable,
 * and its independent verification. Pure: the MIP solver is passed in (`@pactesur/protect/node` has HiGHS).
 */
export * from './cut-problem.ts';
export * from './lp-format.ts';
export * from './reduce-graph.ts';
export * from './solve-cut.ts';
export * from './speed-bins.ts';
export * from './plan-options.ts';
export * from './class-coverage.ts';
export * from './build-problem.ts';
export * from './stations.ts';
export * from './plan.ts';
export * from './plan-result.ts';
export * from './run-protection-plan.ts';
export * from './verify.ts';
export * from './road-starts.ts';
export * from './budget.ts';
