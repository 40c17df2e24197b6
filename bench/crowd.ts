// `npx tsx bench/crowd.ts`: the scenarios of CROWD.md's speed table (room at 1 person/m² with four 2 m
// exits, corridor 10 m wide at 2 persons/m²) at 1 000, 5 000 and 20 000 agents, dt 0.01 s, on 1 and 2
// threads; records agent-steps per second, the ratio to JuPedSim 1.4.2 and the real-time factor.
// A subset for quick measurements, printed but not recorded:
//   npx tsx bench/crowd.ts --agents 20000 --threads 2 --corridor 0   (0 = every size / both thread counts)
import { benchRun, type BenchFigures } from '@pactesur/crowd/node';
import { machine, parseFlags, writeResults } from './results.ts';

const flags = parseFlags(process.argv.slice(2), { agents: 0, threads: 0, room: 1, corridor: 1 });
const subset = process.argv.length > 2;

const SIZES: readonly { agents: number; simSeconds: number }[] = [
  { agents: 1000, simSeconds: 10 },
  { agents: 5000, simSeconds: 5 },
  { agents: 20000, simSeconds: 3 },
];

const runs: BenchFigures[] = [];
for (const scenario of (['room', 'corridor'] as const).filter((k) => flags[k] !== 0)) {
  for (const { agents, simSeconds } of SIZES.filter((s) => flags.agents === 0 || s.agents === flags.agents)) {
    for (const threads of [1, 2].filter((t) => flags.threads === 0 || t === flags.threads)) {
      const f = await benchRun(scenario, agents, simSeconds, 0.01, threads);
      runs.push(f);
      console.log(
        `${scenario} ${agents} ×${threads}: ${f.agentStepsPerS} agent-steps/s (${f.ratioToJupedsim}× JuPedSim), ${f.realtimeFactor}× real time`,
      );
    }
  }
}

const rows = runs.map(
  (f) =>
    `| ${f.scenario} | ${f.agents} | ${f.threads} | ${f.agentStepsPerS.toLocaleString('en')} | ${f.jupedsimAgentStepsPerS?.toLocaleString('en') ?? '–'} | ${f.ratioToJupedsim ?? '–'}× | ${f.realtimeFactor}× | ${f.simSeconds} s |`,
);
const m = machine();
const markdown = [
  '# Crowd simulator speed (collision-free speed model, dt = 0.01 s)',
  '',
  `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}. Agent-steps per second over the stepping loop`,
  'from the first simulated second on (set-up excluded), against JuPedSim 1.4.2 on the same machine kind',
  '(CROWD.md). Real-time factor: simulated seconds per wall second in the steady state',
  '(agent-steps/s × dt / agents). The machine is shared: figures vary by about ±15 % between runs.',
  '',
  '| scenario | agents | threads | agent-steps/s | JuPedSim | ratio | real time | simulated |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
if (!subset) writeResults('crowd', { machine: m, runs }, markdown);
