/** Node-only entry points of @pactesur/protect: the HiGHS solver. */
export { highsSolver } from './highs-solver.ts';
