import type { ModelParams } from './model.ts';
import type { MeasureArea, MeasureLine } from './measurements.ts';

/** How a simulation runs: model, time step, length, seed, what to measure and record. */
export interface SimulationConfig {
  readonly model: ModelParams;
  /** Time step, seconds. */
  readonly dt: number;
  /** Simulated time limit, seconds. */
  readonly duration: number;
  readonly seed: number;
  readonly lines?: readonly MeasureLine[];
  readonly areas?: readonly MeasureArea[];
  /** Interval of area samples and of the evacuation curve, seconds (default 1). */
  readonly sampleEveryS?: number;
  /** Interval of trajectory frames, seconds; none recorded when absent. */
  readonly trajectoryEveryS?: number;
  /** Count agent-steps per second only from this simulated time on (default 0). */
  readonly measureFromS?: number;
  /** Stop as soon as every agent is out (default true). */
  readonly stopWhenEmpty?: boolean;
}

/** One recorded frame: agent ids and positions (x, y pairs), rounded to the centimetre. */
export interface TrajectoryFrame {
  readonly t: number;
  readonly ids: readonly number[];
  readonly xy: readonly number[];
}
