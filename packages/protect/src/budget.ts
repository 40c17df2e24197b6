/**
 * Budget mode across sites (HVM.md §5 variant): with a plan per site for each design basis (nested: car,
 * then car and pick-up, …), the choice of one plan per site that removes the most exposure — people
 * present × kinetic energy (kJ) still reaching the perimeter — within a budget, and what each further step
 * of budget buys. A multiple-choice knapsack, solved exactly by dynamic programming over whole k€.
 */

/** One plan of a site: what it costs and the energy it leaves reaching the perimeter. */
export interface BudgetLevel {
  readonly label: string;
  readonly costEur: number;
  readonly residualKJ: number;
}

export interface BudgetSite {
  readonly name: string;
  /** People typically present (the crowd the exposure weighs). */
  readonly crowd: number;
  /** Energy reaching the perimeter with no plan (kJ). */
  readonly beforeKJ: number;
  readonly levels: readonly BudgetLevel[];
}

export interface BudgetChoice {
  readonly site: string;
  /** The chosen plan (null: nothing is bought here). */
  readonly level: string | null;
  readonly costEur: number;
  /** Exposure removed: crowd × (before − residual) kJ. */
  readonly removed: number;
}

export interface BudgetStep {
  readonly budgetEur: number;
  readonly spentEur: number;
  readonly removed: number;
  /** What this step of budget adds over the previous one. */
  readonly gain: number;
}

export interface BudgetPlan {
  readonly budgetEur: number;
  readonly spentEur: number;
  readonly exposureBefore: number;
  readonly removed: number;
  readonly choices: readonly BudgetChoice[];
  /** Per step of budget up to `budgetEur` (and beyond, up to what buys every site's last plan). */
  readonly steps: readonly BudgetStep[];
}

const UNIT_EUR = 1000;

/**
 * The most exposure removed within `budgetEur`, the plan per site that achieves it, and the frontier by
 * `stepEur`. Costs are counted in whole k€, rounded up (never under-counted).
 *
 * @example
 * planBudget([{ name: 'A', crowd: 1000, beforeKJ: 500, levels: [{ label: 'car', costEur: 90_000, residualKJ: 100 }] }], 100_000).removed; // 400000
 */
export function planBudget(sites: readonly BudgetSite[], budgetEur: number, stepEur = 100_000): BudgetPlan {
  if (!(budgetEur >= 0) || !(stepEur > 0)) throw new RangeError('budget and step must be non-negative numbers');
  const gainOf = (s: BudgetSite, l: BudgetLevel) => s.crowd * Math.max(0, s.beforeKJ - l.residualKJ);
  const units = (eur: number) => Math.ceil(eur / UNIT_EUR - 1e-9);
  const most = sites.reduce((sum, s) => sum + Math.max(0, ...s.levels.map((l) => units(l.costEur))), 0);
  const cap = Math.max(units(budgetEur), most + units(stepEur));
  // best[k][b]: most removed with the first k sites and b units; pick[k][b]: the level chosen at site k.
  let best = new Float64Array(cap + 1);
  const picks: Int16Array[] = [];
  for (const s of sites) {
    const next = Float64Array.from(best);
    const pick = new Int16Array(cap + 1).fill(-1);
    s.levels.forEach((l, i) => {
      const c = units(l.costEur);
      const g = gainOf(s, l);
      for (let b = c; b <= cap; b++) {
        const v = (best[b - c] as number) + g;
        if (v > (next[b] as number) + 1e-9) {
          next[b] = v;
          pick[b] = i;
        }
      }
    });
    picks.push(pick);
    best = next;
  }
  // Monotone in the budget: the best within b is the best at any b' ≤ b.
  const within = new Int32Array(cap + 1);
  for (let b = 1; b <= cap; b++) within[b] = (best[b] as number) > (best[within[b - 1] as number] as number) + 1e-9 ? b : (within[b - 1] as number);
  const choose = (budgetUnits: number): BudgetChoice[] => {
    let b = within[Math.min(cap, budgetUnits)] as number;
    const out: BudgetChoice[] = [];
    for (let k = sites.length - 1; k >= 0; k--) {
      const s = sites[k] as BudgetSite;
      const i = (picks[k] as Int16Array)[b] as number;
      const l = i >= 0 ? (s.levels[i] as BudgetLevel) : null;
      out.unshift({ site: s.name, level: l?.label ?? null, costEur: l?.costEur ?? 0, removed: l ? gainOf(s, l) : 0 });
      if (l) b -= units(l.costEur);
    }
    return out;
  };
  const summed = (cs: readonly BudgetChoice[]) => ({ spentEur: cs.reduce((a, c) => a + c.costEur, 0), removed: cs.reduce((a, c) => a + c.removed, 0) });
  const choices = choose(units(budgetEur));
  const steps: BudgetStep[] = [];
  let previous = 0;
  for (let eur = stepEur; units(eur) <= cap; eur += stepEur) {
    const t = summed(choose(units(eur)));
    steps.push({ budgetEur: eur, ...t, gain: t.removed - previous });
    previous = t.removed;
    if (units(eur) >= most) break;
  }
  return {
    budgetEur,
    ...summed(choices),
    exposureBefore: sites.reduce((a, s) => a + s.crowd * s.beforeKJ, 0),
    choices,
    steps,
  };
}
