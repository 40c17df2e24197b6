import loadHighs from 'highs';
import type { MipSolution, MipSolver } from '../solve-cut.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let loaded: Promise<Highs> | null = null;

/**
 * The HiGHS solver (compiled to WebAssembly, npm `highs`), loaded once per thread. A solve blocks the
 * thread it runs on, so the platform calls it from a job thread, never from the server's event loop; while
 * it runs, HiGHS's own checkpoints (simplex iterations, branch-and-bound nodes) call `options.onCheckpoint`
 * with the solver's running time, so that a long solve still reports progress.
 */
export async function highsSolver(): Promise<MipSolver> {
  loaded ??= loadHighs();
  const highs = await loaded;
  const { callbackType, modelStatus } = highs.constants;
  return (lp, options): MipSolution => {
    let model: ReturnType<Highs['createModel']> | null = null;
    try {
      const started = performance.now();
      const checkpoint = (): undefined => {
        options.onCheckpoint?.((performance.now() - started) / 1000);
      };
      model = highs.createModel({ format: 'lp', data: lp });
      checkpoint();
      // With a checkpoint wanted, the solver's log (kept off the console) is one more checkpoint: it is the
      // only one that speaks during presolve.
      const watch = options.onCheckpoint !== undefined;
      model.options.set({ time_limit: options.timeLimitS, mip_rel_gap: options.relativeGap, output_flag: watch, log_to_console: false });
      const run = model.run(
        watch
          ? {
              [callbackType.logging]: checkpoint,
              [callbackType.simplexInterrupt]: checkpoint,
              [callbackType.ipmInterrupt]: checkpoint,
              [callbackType.mipSolution]: checkpoint,
              [callbackType.mipImprovingSolution]: checkpoint,
              [callbackType.mipLogging]: checkpoint,
              [callbackType.mipInterrupt]: checkpoint,
            }
          : undefined,
      );
      const code = run.modelStatus;
      const status =
        code === modelStatus.optimal
          ? 'optimal'
          : code === modelStatus.infeasible
            ? 'infeasible'
            : code === modelStatus.timeLimit || code === modelStatus.iterationLimit || code === modelStatus.solutionLimit
              ? 'limit'
              : 'error';
      const values = new Map<string, number>();
      const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
      if (hasSolution) {
        const { colValue } = model.getSolution();
        colValue.forEach((v, i) => values.set((model as NonNullable<typeof model>).getColName(i), v));
      }
      const gap = status === 'optimal' ? 0 : hasSolution ? Number(model.info.get('mip_gap')) : null;
      const name = Object.entries(modelStatus).find(([, v]) => v === code)?.[0] ?? String(code);
      return { status, objective: hasSolution ? model.getObjectiveValue() : Number.NaN, values, gap: Number.isFinite(gap) ? gap : null, message: name };
    } catch (error) {
      return { status: 'error', objective: Number.NaN, values: new Map(), gap: null, message: error instanceof Error ? error.message : String(error) };
    } finally {
      model?.dispose();
    }
  };
}
