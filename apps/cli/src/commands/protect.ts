import type { Command } from 'commander';
import type { Plan } from '@pactesur/protect';
import { CliError } from '../cli-error.ts';

interface ProtectFlags {
  readonly zone: string;
  readonly catalogue?: string;
  readonly budget?: string;
  readonly classes: string;
  readonly osmStations: boolean;
  readonly json?: boolean;
  readonly lock: string[];
  readonly forbid: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The summary the issue fixes: feasibility, costs, measures and the verification. */
function summary(plan: Plan, budget: number | null): Record<string, unknown> {
  if (!plan.feasible) return { feasible: false, reason: plan.reason, constraint: plan.constraint, classes: plan.classes };
  if (budget !== null && plan.totalCostEur > budget)
    return {
      feasible: false,
      reason: `the cheapest plan that stops every class costs ${plan.totalCostEur} €, above the budget of ${budget} €`,
      constraint: 'budget',
      totalCostEur: plan.totalCostEur,
      classes: plan.classes,
    };
  return {
    feasible: true,
    totalCostEur: plan.totalCostEur,
    maintenancePerYearEur: plan.maintenancePerYearEur,
    measures: plan.measures.map((m) => ({
      product: m.product,
      rating: m.rating,
      at: [Math.round(m.at[0] * 1e7) / 1e7, Math.round(m.at[1] * 1e7) / 1e7],
      widthM: m.widthM,
      costEur: m.costEur,
      openable: m.openable,
      name: m.name,
      units: m.units,
      kind: m.kind,
      permeable: m.permeable,
      accessibleGap: m.accessibleGap,
      locked: m.locked,
    })),
    verification: {
      passed: plan.verification.passed,
      unstoppedApproaches: plan.verification.unstoppedApproaches,
      emergencyRoutesOpen: plan.verification.emergencyRoutesOpen,
      pedestrianLinesPermeable: plan.verification.pedestrianLinesPermeable,
      stationsChecked: plan.verification.stationsChecked,
      stationsWithoutRoute: plan.verification.stationsWithoutRoute,
      unstopped: plan.verification.unstopped,
    },
    exposure: plan.exposure,
    classes: plan.classes,
    unreached: plan.unreached,
    optimal: plan.optimal,
    solveS: Math.round(plan.solveS * 100) / 100,
  };
}

/** `pactesur protect OSMFILE --zone ZONE.geojson`: the cheapest verified barrier plan (HVM.md §4–6). */
export function registerProtect(program: Command): void {
  program
    .command('protect')
    .description('the cheapest barrier plan that stops every design-basis class at the zone, verified')
    .argument('<osmfile>', 'an .osm or .osm.pbf extract')
    .requiredOption('--zone <file>', 'the protected zone: a GeoJSON Polygon, Feature or FeatureCollection (WGS84)')
    .option('--catalogue <file>', 'barrier products (JSON array or {"products": [...]}); default: the planning catalogue')
    .option('--budget <eur>', 'refuse a plan that costs more than this')
    .option('--classes <ids>', 'design-basis classes: vehicle class ids, comma-separated', 'all')
    .option('--no-osm-stations', 'do not take fire, ambulance and police stations from the extract')
    .option('--json', 'print one JSON object')
    .option('--lock <lon,lat=product>', 'fix this product (or layout) at the line nearest the point (repeatable)', collect, [])
    .option('--forbid <lon,lat>', 'no barrier at the line nearest the point (repeatable)', collect, [])
    .action(async (file: string, flags: ProtectFlags) => {
      const [{ DEFAULT_CATALOGUE, parseCatalogue }, { classCoverage, planProtection, stationsFromOsm }, { highsSolver }, { DEFAULT_VEHICLE_CLASSES, selectClasses }, { loadProtectSite, parseJson, parsePoint, readText }] =
        await Promise.all([import('@pactesur/barriers'), import('@pactesur/protect'), import('@pactesur/protect/node'), import('@pactesur/vehicle'), import('./protect-input.ts')]);
      let withinBudget: Record<string, unknown> | null = null;
      const ids = flags.classes === 'all' ? 'all' : flags.classes.split(',').map((s) => s.trim()).filter(Boolean);
      const classes = selectClasses(DEFAULT_VEHICLE_CLASSES, ids);
      if (!classes.ok) throw new CliError(classes.error.message, 2);
      const budget = flags.budget === undefined ? null : Number(flags.budget);
      if (budget !== null && (!Number.isFinite(budget) || budget < 0)) throw new CliError(`--budget must be a sum in euros, not "${flags.budget}"`, 2);
      let catalogue = DEFAULT_CATALOGUE;
      if (flags.catalogue) {
        const parsed = parseCatalogue(parseJson(await readText(flags.catalogue, 'the catalogue'), flags.catalogue));
        if (!parsed.ok) throw new CliError(`${flags.catalogue}: ${parsed.error.message} (${parsed.error.code})`, 1);
        catalogue = parsed.value;
      }
      const { site, zone, data } = await loadProtectSite(file, flags.zone);
      const locked = flags.lock.map((text) => {
        const [point, product] = text.split('=');
        if (!point || !product) throw new CliError(`--lock takes LON,LAT=PRODUCT, not "${text}"`, 2);
        return { at: parsePoint(point, '--lock'), product: product.trim() };
      });
      const forbidden = flags.forbid.map((text) => parsePoint(text, '--forbid'));
      const stations = flags.osmStations ? stationsFromOsm(data) : [];
      const solver = await highsSolver();
      const plan = planProtection(site, zone, { classes: classes.value, catalogue, stations, locked, forbidden }, solver);
      if (plan.feasible && budget !== null && plan.totalCostEur > budget) {
        // What the budget does buy: the largest nested part of the design basis whose plan fits.
        for (let n = classes.value.length - 1; n >= 1; n--) {
          const part = planProtection(site, zone, { classes: classes.value.slice(0, n), catalogue, stations, locked, forbidden }, solver);
          if (part.feasible && part.totalCostEur <= budget) {
            withinBudget = { classes: part.classes, totalCostEur: part.totalCostEur, measures: part.measures.length, verified: part.verification.passed };
            break;
          }
        }
      }
      // A class no product of the catalogue stops at all (no standard tests a 40 t truck): say so, and what
      // the plan for the other classes would be, rather than only "infeasible".
      let stoppableClasses: Record<string, unknown> | null = null;
      if (!plan.feasible && plan.constraint === 'class') {
        const coverage = classCoverage(classes.value, catalogue);
        const stoppable = classes.value.filter((_, i) => coverage[i]?.stoppable === true);
        if (stoppable.length > 0 && stoppable.length < classes.value.length) {
          const part = planProtection(site, zone, { classes: stoppable, catalogue, stations, locked, forbidden }, solver);
          const unstoppable = classes.value.filter((c) => !stoppable.includes(c)).map((c) => c.id);
          stoppableClasses = part.feasible
            ? { unstoppable, classes: part.classes, totalCostEur: part.totalCostEur, maintenancePerYearEur: part.maintenancePerYearEur, measures: part.measures.length, verified: part.verification.passed }
            : { unstoppable, classes: part.classes, feasible: false, reason: part.reason };
        }
      }
      const out: Record<string, unknown> = { ...summary(plan, budget), ...(withinBudget ? { withinBudget } : {}), ...(stoppableClasses ? { stoppableClasses } : {}) };
      process.stdout.write(flags.json ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`);
      if (out.feasible !== true) process.exitCode = 3;
    });
}
