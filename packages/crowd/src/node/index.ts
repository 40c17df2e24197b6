/** Node-only entry points of @pactesur/crowd (worker threads). Import from `@pactesur/crowd/src/node/index.ts`. */
export { runParallel } from './parallel-runner.ts';
export { runScenarioParallel } from './run-scenario-parallel.ts';
export { benchRun, type BenchFigures } from './bench-run.ts';
