import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { BudgetSite } from '@pactesur/protect';
import { CliError } from '../cli-error.ts';

interface BudgetFlags {
  readonly budget: string;
  readonly step: string;
  readonly classes: string;
  readonly json?: boolean;
}

interface SiteEntry {
  readonly name: string;
  readonly osm: string;
  readonly zone: string;
  readonly crowd: number;
}

function siteEntries(value: unknown, file: string): SiteEntry[] {
  const list = Array.isArray(value) ? value : (value as { sites?: unknown } | null)?.sites;
  if (!Array.isArray(list) || list.length === 0 || list.length > 50)
    throw new CliError(`${file}: expected a list of 1–50 sites ({"name", "osm", "zone", "crowd"})`, 1);
  return list.map((s: unknown, i) => {
    const o = (s ?? {}) as Record<string, unknown>;
    const ok = typeof o.name === 'string' && typeof o.osm === 'string' && typeof o.zone === 'string' && typeof o.crowd === 'number' && Number.isFinite(o.crowd) && o.crowd >= 0;
    if (!ok) throw new CliError(`${file}: site ${i + 1} needs "name", "osm" and "zone" (text) and "crowd" (people, ≥ 0)`, 1);
    return o as unknown as SiteEntry;
  });
}

/**
 * `pactesur protect-budget SITES.json --budget EUR`: per site a plan for each nested design basis, then the
 * choice across sites that removes the most exposure (crowd × energy reaching the perimeter) within the
 * budget, and what each further step buys.
 */
export function registerProtectBudget(program: Command): void {
  program
    .command('protect-budget')
    .description('the plans across several sites that remove the most exposure within a budget')
    .argument('<sites>', 'JSON: [{"name", "osm": extract file, "zone": GeoJSON file, "crowd": people}] (paths relative to it)')
    .requiredOption('--budget <eur>', 'the budget (€)')
    .option('--step <eur>', 'show what each further step of budget buys', '100000')
    .option('--classes <ids>', 'the design bases, nested in this order', 'car,pickup,van,rigid-7.5t,rigid-18t')
    .option('--json', 'print one JSON object')
    .action(async (file: string, flags: BudgetFlags) => {
      const [{ DEFAULT_CATALOGUE }, { planBudget, planProtection }, { highsSolver }, { DEFAULT_VEHICLE_CLASSES, selectClasses }, { loadProtectSite, parseJson, readText }] =
        await Promise.all([import('@pactesur/barriers'), import('@pactesur/protect'), import('@pactesur/protect/node'), import('@pactesur/vehicle'), import('./protect-input.ts')]);
      const budget = Number(flags.budget);
      const step = Number(flags.step);
      if (!Number.isFinite(budget) || budget < 0) throw new CliError(`--budget must be a sum in euros, not "${flags.budget}"`, 2);
      if (!Number.isFinite(step) || step <= 0) throw new CliError(`--step must be a positive sum in euros, not "${flags.step}"`, 2);
      const classes = selectClasses(DEFAULT_VEHICLE_CLASSES, flags.classes.split(',').map((s) => s.trim()).filter(Boolean));
      if (!classes.ok) throw new CliError(classes.error.message, 2);
      const entries = siteEntries(parseJson(await readText(file, 'the site list'), file), file);
      const solver = await highsSolver();
      const sites: BudgetSite[] = [];
      const plans: Record<string, unknown>[] = [];
      for (const entry of entries) {
        const base = dirname(resolve(file));
        const { site, zone } = await loadProtectSite(resolve(base, entry.osm), resolve(base, entry.zone));
        const levels: BudgetSite['levels'][number][] = [];
        let beforeKJ = 0;
        for (let n = 1; n <= classes.value.length; n++) {
          const basis = classes.value.slice(0, n);
          const plan = planProtection(site, zone, { classes: basis, catalogue: DEFAULT_CATALOGUE, exposureClasses: DEFAULT_VEHICLE_CLASSES }, solver);
          const label = basis.map((c) => c.id).join(', ');
          if (!plan.feasible) {
            plans.push({ site: entry.name, basis: label, feasible: false, reason: plan.reason });
            break;
          }
          beforeKJ = plan.exposure.beforeKJ;
          levels.push({ label, costEur: plan.totalCostEur, residualKJ: plan.exposure.afterKJ });
          plans.push({ site: entry.name, basis: label, feasible: true, totalCostEur: plan.totalCostEur, residualKJ: plan.exposure.afterKJ, verified: plan.verification.passed });
        }
        sites.push({ name: entry.name, crowd: entry.crowd, beforeKJ, levels });
      }
      const result = { ...planBudget(sites, budget, step), plans };
      process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    });
}
