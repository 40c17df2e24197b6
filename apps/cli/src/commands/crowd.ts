import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import type { SimulationResult } from '@pactesur/crowd';
import { CliError } from '../cli-error.ts';
import { readScenario } from './crowd-input.ts';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function threadCount(value: string): number {
  const n = positiveInt(value);
  if (n > 64) throw new InvalidArgumentError('expected at most 64 threads');
  return n;
}

function summary(r: SimulationResult): string {
  const lines = [
    `evacuation time: ${r.evacuationTimeS === null ? `not everyone out after ${r.simulatedS} s` : `${r.evacuationTimeS} s`}`,
    `agents out: ${r.agentsOut} of ${r.agentsTotal}`,
    ...r.exits.map((e) => `  exit ${e.id} (${e.widthM} m): ${e.agentsOut}`),
    ...r.lines.map((l) => `  line ${l.id}: ${l.crossings} crossings, ${l.flowPerS.toFixed(2)} /s`),
    `${r.steps} steps in ${r.wallS.toFixed(2)} s (${r.agentStepsPerS} agent-steps/s, ${r.threads} thread(s))`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `pactesur crowd …`: the pedestrian simulator. */
export function registerCrowd(program: Command): void {
  const crowd = program
    .command('crowd')
    .description('pedestrian simulation (collision-free speed and social force models)');
  crowd
    .command('simulate')
    .description('run a scenario file (see CROWD.md) and print its result')
    .argument('<scenario>', 'scenario JSON file')
    .option('--json', 'print the result object as JSON')
    .option('--trajectories <file>', 'write trajectory frames (JSON) to this file')
    .option('--trajectory-every <s>', 'seconds between trajectory frames', positiveNumber, 0.5)
    .option('--threads <k>', 'worker threads (results do not depend on it)', threadCount, 1)
    .action(
      async (
        file: string,
        options: { json?: boolean; trajectories?: string; trajectoryEvery: number; threads: number },
      ) => {
        const scenario = await readScenario(file);
        const [{ formatIssues }, { runScenarioParallel }] = await Promise.all([import('@pactesur/crowd'), import('@pactesur/crowd/node')]);
        const run = await runScenarioParallel(scenario, options.threads, {
          trajectoryEveryS: options.trajectories ? options.trajectoryEvery : undefined,
        });
        if (!run.ok) throw new CliError(`${file} is refused:\n${formatIssues(run.error)}`, 1);
        if (options.trajectories) {
          await writeFile(options.trajectories, `${JSON.stringify({ frames: run.value.frames })}\n`);
        }
        process.stdout.write(
          options.json ? `${JSON.stringify(run.value.result)}\n` : summary(run.value.result),
        );
      },
    );
  crowd
    .command('rimea')
    .description("run the RiMEA validation tests and print each one's figures next to its criterion")
    .option('--test <n>', 'one test, by its number (default: all of them)', positiveInt)
    .option('--model <kind>', 'cfsm or sfm', 'cfsm')
    .option('--json', 'print JSON')
    .action(async (options: { test?: number; model: string; json?: boolean }) => {
      const { runRimea, RIMEA_TESTS } = await import('@pactesur/crowd');
      if (options.model !== 'cfsm' && options.model !== 'sfm')
        throw new CliError('--model must be cfsm or sfm', 2);
      if (options.test !== undefined && !RIMEA_TESTS[options.test]) {
        throw new CliError(
          `no RiMEA test ${options.test}; available: ${Object.keys(RIMEA_TESTS).join(', ')}`,
          2,
        );
      }
      const outcomes = runRimea(options.model, options.test);
      if (options.json) process.stdout.write(`${JSON.stringify(outcomes)}\n`);
      else {
        for (const o of outcomes) {
          process.stdout.write(
            `RiMEA ${o.test} (${o.model}) ${o.pass ? 'PASS' : 'FAIL'}: ${o.title}\n  criterion: ${o.criterion}\n  measured: ${JSON.stringify(o.figures)}\n`,
          );
        }
      }
      if (outcomes.some((o) => !o.pass)) process.exitCode = 1;
    });
  crowd
    .command('bench')
    .description("run a scenario of CROWD.md's speed table and print agent-steps per second")
    .requiredOption('--scenario <kind>', 'room or corridor')
    .option('--agents <n>', 'number of agents', positiveInt, 1000)
    .option('--sim-seconds <s>', 'simulated seconds', positiveNumber, 5)
    .option('--dt <s>', 'time step', positiveNumber, 0.01)
    .option('--threads <k>', 'threads', threadCount, 1)
    .option('--json', 'print JSON')
    .action(
      async (options: {
        scenario: string;
        agents: number;
        simSeconds: number;
        dt: number;
        threads: number;
        json?: boolean;
      }) => {
        if (options.scenario !== 'room' && options.scenario !== 'corridor')
          throw new CliError('--scenario must be room or corridor', 2);
        if (options.dt > 0.05) throw new CliError('--dt must be at most 0.05 s', 2);
        const { benchRun } = await import('@pactesur/crowd/node');
        const f = await benchRun(
          options.scenario,
          options.agents,
          options.simSeconds,
          options.dt,
          options.threads,
        );
        process.stdout.write(
          options.json
            ? `${JSON.stringify(f)}\n`
            : `${f.scenario} ${f.agents} agents, ${f.threads} thread(s): ${f.agentStepsPerS} agent-steps/s, ` +
                `${f.realtimeFactor}× real time${f.ratioToJupedsim === null ? '' : `, ${f.ratioToJupedsim}× JuPedSim`}\n`,
        );
      },
    );
}
