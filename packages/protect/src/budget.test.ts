import { describe, expect, it } from 'vitest';
import { planBudget, type BudgetSite } from './budget.ts';

// Two squares. The old town: 2000 people, 1000 kJ reaching it; a car plan (€150k) leaves 600 kJ, a plan
// up to vans (€260k) leaves 100 kJ. The market: 500 people, 3000 kJ; a car plan (€90k) leaves 1000 kJ.
const sites: BudgetSite[] = [
  { name: 'old town', crowd: 2000, beforeKJ: 1000, levels: [{ label: 'car', costEur: 150_000, residualKJ: 600 }, { label: 'car, van', costEur: 260_000, residualKJ: 100 }] },
  { name: 'market', crowd: 500, beforeKJ: 3000, levels: [{ label: 'car', costEur: 90_000, residualKJ: 1000 }] },
];

describe('planBudget', () => {
  it('chooses the most exposure removed within the budget (solved by hand)', () => {
    // €250k: old town car + market car = 800k + 1000k = 1.8M; old town car+van alone = 1.8M at €260k (over).
    const p = planBudget(sites, 250_000);
    expect(p.choices.map((c) => c.level)).toEqual(['car', 'car']);
    expect(p.removed).toBe(2000 * 400 + 500 * 2000);
    expect(p.spentEur).toBe(240_000);
    // €350k: car+van at the old town (1.8M) + market car (1M) = 2.8M for €350k.
    const q = planBudget(sites, 350_000);
    expect(q.choices.map((c) => c.level)).toEqual(['car, van', 'car']);
    expect(q.removed).toBe(2_800_000);
    expect(q.exposureBefore).toBe(2000 * 1000 + 500 * 3000);
  });

  it('says what each further 100 k€ buys', () => {
    const p = planBudget(sites, 300_000);
    expect(p.steps.map((s) => [s.budgetEur, s.removed])).toEqual([
      [100_000, 1_000_000],
      [200_000, 1_000_000],
      [300_000, 1_800_000],
      [400_000, 2_800_000],
    ]);
    expect(p.steps.map((s) => s.gain)).toEqual([1_000_000, 0, 800_000, 1_000_000]);
  });

  it('buys nothing with no money and refuses a negative budget', () => {
    expect(planBudget(sites, 0).choices.every((c) => c.level === null)).toBe(true);
    expect(() => planBudget(sites, -1)).toThrow(RangeError);
  });
});
