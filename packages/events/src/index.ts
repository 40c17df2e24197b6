/**
 * Event security plans (EVENTS.md): the jurisdiction's constants (the UK Green Guide by default), areas on
 * the map, the capacity and egress figures with their formulas and sources, Fruin's levels of service, the
 * warnings of a plan, the live density levels and trigger points, what changed since last year's plan, the
 * geometry of a crowd simulation, Martyn's Law for an event, and the command line's capacity file. Pure:
 * no I/O.
 */
export * from './profile.ts';
export * from './area.ts';
export * from './capacity.ts';
export * from './plan-parts.ts';
export * from './fruin.ts';
export * from './calculate.ts';
export * from './warnings.ts';
export * from './live.ts';
export * from './changes.ts';
export * from './simulation-geometry.ts';
export * from './martyn.ts';
export * from './capacity-file.ts';
export * from './barrier-check.ts';
