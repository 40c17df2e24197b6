/** Vehicle threat analysis (HVM.md §1–3): vehicle classes, motion model, vehicle graph, state search, results. */
export * from './vehicle-error.ts';
export * from './vehicle-class.ts';
export * from './motion.ts';
export * from './speed-table.ts';
export * from './vehicle-graph.ts';
export * from './zone.ts';
export * from './zone-cut.ts';
export * from './threat-search.ts';
export * from './threat-result.ts';
export * from './class-threat.ts';
export * from './analyse-threat.ts';
export * from './measure-gaps.ts';
export * from './curve-radius.ts';
export * from './turn-radius.ts';
export * from './network-edge.ts';
export * from './sensitivity.ts';
export * from './progress.ts';
