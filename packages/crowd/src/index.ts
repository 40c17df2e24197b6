/**
 * @pactesur/crowd — pedestrian simulation: collision-free speed model and social force model on floor
 * fields over walkable polygons, RiMEA validation, scenario files. Pure: no I/O outside `node/`.
 */
export type { ExitProblem, Issue } from './issue.ts';
export { formatIssues } from './issue.ts';
export { Rng, hashUniform } from './prng.ts';
export type { Point, Ring } from './geometry/vec.ts';
export type { Region } from './geometry/region.ts';
export { compileWorld } from './world/compile-world.ts';
export { periodicCorridor } from './world/periodic-corridor.ts';
export type { World, WorldExit } from './world/world.ts';
export { WEIDMANN_SPEED, sample, type Distribution } from './population/distribution.ts';
export type { ExitChoice, PopulationGroup } from './population/population.ts';
export { populate, type Populated } from './population/populate.ts';
export {
  CFSM_DEFAULTS,
  SFM_DEFAULTS,
  modelParams,
  type CfsmParams,
  type ModelParams,
  type SfmParams,
} from './sim/model.ts';
export { Simulation } from './sim/simulation.ts';
export type { SimulationConfig, TrajectoryFrame } from './sim/simulation-config.ts';
export type { ExitResult, SimulationOutput, SimulationResult } from './sim/simulation-result.ts';
export type { AreaResult, LineResult, MeasureArea, MeasureLine } from './sim/measurements.ts';
export { runSimulation } from './sim/run-simulation.ts';
export { MAX_EXITS, MAX_SCENARIO_VERTICES, scenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema.ts';
export { parseScenario } from './scenario/parse-scenario.ts';
export { compileScenario, MAX_GRID_LOAD, MAX_GRID_SIDE, type CompiledScenario } from './scenario/compile-scenario.ts';
export {
  prepareScenario,
  runScenario,
  type PreparedScenario,
  type RunOptions,
} from './scenario/run-scenario.ts';
export { exampleScenario } from './scenario/example-scenario.ts';
export { runCrowdSimulation, type CrowdRun, type CrowdRunOptions } from './scenario/run-crowd-simulation.ts';
export { frameInterval, framePeak, MAX_FRAME_POSITIONS, packFrames } from './playback/playback-frames.ts';
export { base64 } from './playback/base64.ts';
export { weidmannSpeed } from './fd/weidmann.ts';
export { corridorSpeed, type CorridorRun, type CorridorSpeed } from './fd/corridor-speed.ts';
export { parseFdData, type FdPoint } from './fd/juelich.ts';
export { bandErrors, type BandError } from './fd/band-errors.ts';
export { runRimea, RIMEA_TESTS } from './rimea/rimea-suite.ts';
export type { RimeaOutcome } from './rimea/rimea-outcome.ts';
export { bottleneckFlow, type BottleneckFlow } from './rimea/bottleneck.ts';
export { benchScenario, JUPEDSIM_AGENT_STEPS_PER_S, type BenchKind } from './bench/bench-scenarios.ts';
