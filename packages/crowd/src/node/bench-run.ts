import { benchScenario, JUPEDSIM_AGENT_STEPS_PER_S, type BenchKind } from '../bench/bench-scenarios.ts';
import { prepareScenario } from '../scenario/run-scenario.ts';
import { runParallel } from './parallel-runner.ts';

/** Figures of one benchmark run. */
export interface BenchFigures {
  readonly scenario: BenchKind;
  readonly agents: number;
  readonly simSeconds: number;
  readonly dt: number;
  readonly threads: number;
  readonly steps: number;
  /** Wall time of the stepping loop (set-up excluded), seconds. */
  readonly wallS: number;
  readonly agentStepsPerS: number;
  /** Simulated seconds per wall second in the steady state (above 1: faster than real time). */
  readonly realtimeFactor: number;
  /** JuPedSim 1.4.2's figure for the same scenario and size, when CROWD.md has one. */
  readonly jupedsimAgentStepsPerS: number | null;
  /** agentStepsPerS / jupedsimAgentStepsPerS. */
  readonly ratioToJupedsim: number | null;
}

/**
 * Runs one scenario of CROWD.md's speed table and measures the stepping loop (agent-steps per second
 * from the first simulated second on, or the first fifth of a shorter run: the JIT warms up first).
 * @example
 * const f = await benchRun('room', 1000, 5, 0.01, 1);
 */
export async function benchRun(
  kind: BenchKind,
  agents: number,
  simSeconds: number,
  dt: number,
  threads: number,
): Promise<BenchFigures> {
  const prepared = prepareScenario(benchScenario(kind, agents, simSeconds, dt));
  if (!prepared.ok) throw new Error(`benchmark scenario refused: ${JSON.stringify(prepared.error)}`);
  const { compiled, population } = prepared.value;
  const { result } = await runParallel(
    compiled.world,
    population,
    { ...compiled.config, stopWhenEmpty: false, measureFromS: Math.min(1, simSeconds / 5) },
    threads,
  );
  const reference = JUPEDSIM_AGENT_STEPS_PER_S[kind][agents] ?? null;
  return {
    scenario: kind,
    agents,
    simSeconds,
    dt,
    threads,
    steps: result.steps,
    wallS: result.wallS,
    agentStepsPerS: result.agentStepsPerS,
    realtimeFactor: Math.round(((result.agentStepsPerS * dt) / agents) * 100) / 100,
    jupedsimAgentStepsPerS: reference,
    ratioToJupedsim: reference ? Math.round((result.agentStepsPerS / reference) * 100) / 100 : null,
  };
}
