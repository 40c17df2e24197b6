import type { Simulation } from './simulation.ts';

/**
 * Times the stepping loop; with `fromS` > 0 the agent-steps per second are counted only from that
 * simulated time on (the JIT warms up and the crowd settles first).
 * @example
 * const clock = new StepClock(1);
 * while (!sim.done()) { sim.prepare(); sim.kernelAll(); sim.commit(); clock.tick(sim); }
 * clock.finish(sim).agentStepsPerS;
 */
export class StepClock {
  private readonly t0 = performance.now();
  private markT = this.t0;
  private markSteps = 0;
  private marked: boolean;

  constructor(private readonly fromS = 0) {
    this.marked = fromS <= 0;
  }

  /** Call after every step. */
  tick(sim: Simulation): void {
    if (!this.marked && sim.time >= this.fromS) {
      this.marked = true;
      this.markT = performance.now();
      this.markSteps = sim.agentSteps;
    }
  }

  /** Wall seconds of the whole loop, and agent-steps per second over the measured part. */
  finish(sim: Simulation): { wallS: number; agentStepsPerS: number } {
    const now = performance.now();
    const span = (now - this.markT) / 1000;
    return {
      wallS: (now - this.t0) / 1000,
      agentStepsPerS: span > 0 ? Math.round((sim.agentSteps - this.markSteps) / span) : 0,
    };
  }
}
