import { Rng } from '../prng.ts';
import { WEIDMANN_SPEED, sample } from '../population/distribution.ts';
import { allocateAgents, WAITING } from '../sim/agents.ts';
import { Simulation } from '../sim/simulation.ts';
import { compileWorld } from '../world/compile-world.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { defaultRadius, defaults, rect } from './setup.ts';
import { ksWeidmann } from './weidmann-ks.ts';

/**
 * RiMEA test 7: 50 adults with Weidmann's speed distribution walk freely (one per lane, 1 m apart);
 * the speeds they actually walk at must follow the distribution (Kolmogorov–Smirnov at 5 %) and match
 * the speed each was given.
 * @example
 * rimea7('cfsm').pass; // true
 */
export function rimea7(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const n = 50;
  const world = compileWorld({
    walkable: [rect(0, 0, 40, n + 1)],
    obstacles: [],
    exits: [rect(40, 0, 40.6, n + 1)],
  });
  const agents = allocateAgents(n);
  const rng = new Rng(7);
  for (let i = 0; i < n; i++) {
    agents.x[i] = 1;
    agents.y[i] = 1 + i;
    agents.radius[i] = defaultRadius(kind);
    agents.v0[i] = sample(WEIDMANN_SPEED, rng);
    agents.status[i] = WAITING;
  }
  const sim = new Simulation(
    world,
    { agents, choice: new Uint8Array(n), maxRadius: defaultRadius(kind) },
    {
      model: defaults(kind),
      dt: 0.01,
      duration: 12,
      seed: 7,
    },
  );
  const x0 = new Float64Array(n);
  while (!sim.done()) {
    if (Math.abs(sim.time - 2) < 1e-9) x0.set(agents.x);
    sim.prepare();
    sim.kernelAll();
    sim.commit();
  }
  const speeds = Array.from(agents.x, (x, i) => (x - (x0[i] as number)) / (sim.time - 2));
  let worstRel = 0;
  speeds.forEach((v, i) => (worstRel = Math.max(worstRel, Math.abs(v / (agents.v0[i] as number) - 1))));
  const ks = ksWeidmann(speeds);
  const mean = speeds.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(speeds.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const critical = 1.36 / Math.sqrt(n);
  return {
    test: 7,
    title: '50 adults with the Weidmann speed distribution',
    model: kind,
    criterion: `walked speeds follow the distribution (KS D < ${critical.toFixed(3)}) and each matches its own within 3 %`,
    figures: { meanSpeed: r3(mean), sdSpeed: r3(sd), ksD: r3(ks), worstRelativeError: r3(worstRel) },
    pass: ks < critical && worstRel < 0.03,
  };
}

function r3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
