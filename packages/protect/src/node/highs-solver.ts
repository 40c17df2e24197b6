import loadHighs from 'highs';
import type { MipSolution, MipSolver } from '../solve-cut.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let loaded: Promise<Highs> | null = null;

/**
 * The HiGHS solver (compiled to WebAssembly, npm `highs`), loaded once per thread. A solve blocks the
 * thread it runs on, so the platform calls it from a job thread, never from the server's event loop.
 */
export async function highsSolver(): Promise<MipSolver> {
  loaded ??= loadHighs();
  const highs = await loaded;
  return (lp, options): MipSolution => {
    try {
      const s = highs.solve(lp, {
        time_limit: options.timeLimitS,
        mip_rel_gap: options.relativeGap,
        output_flag: false,
      });
      const values = new Map<string, number>();
      for (const [name, column] of Object.entries(s.Columns)) values.set(name, (column as { Primal?: number }).Primal ?? 0);
      const status = s.Status === 'Optimal' ? 'optimal' : s.Status === 'Infeasible' ? 'infeasible' : /limit/i.test(s.Status) ? 'limit' : 'error';
      const info = (s as { Info?: { mip_gap?: number } }).Info;
      return { status, objective: s.ObjectiveValue, values, gap: status === 'optimal' ? 0 : (info?.mip_gap ?? null), message: s.Status };
    } catch (error) {
      return { status: 'error', objective: Number.NaN, values: new Map(), gap: null, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
