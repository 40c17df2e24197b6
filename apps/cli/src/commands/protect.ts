import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_CATALOGUE, parseCatalogue } from '@pactesur/barriers';
import { readOsm } from '@pactesur/osm';
import { planProtection, stationsFromOsm, type Plan } from '@pactesur/protect';
import { highsSolver } from '@pactesur/protect/node';
import { buildSiteModel } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES, parseZones, selectClasses } from '@pactesur/vehicle';
import { CliError } from '../cli-error.ts';

interface ProtectFlags {
  readonly zone: string;
  readonly catalogue?: string;
  readonly budget?: string;
  readonly classes: string;
  readonly osmStations: boolean;
  readonly json?: boolean;
}

async function readText(file: string, what: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`cannot read ${what} ${file}: no such file`, 1);
  return readFile(file, 'utf8');
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${file} is not valid JSON`, 1);
  }
}

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
    })),
    verification: {
      passed: plan.verification.passed,
      unstoppedApproaches: plan.verification.unstoppedApproaches,
      emergencyRoutesOpen: plan.verification.emergencyRoutesOpen,
      pedestrianLinesPermeable: plan.verification.pedestrianLinesPermeable,
      stationsChecked: plan.verification.stationsChecked,
    },
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
    .option('--classes <ids>', `design-basis classes, comma-separated (${DEFAULT_VEHICLE_CLASSES.map((c) => c.id).join(', ')})`, 'all')
    .option('--no-osm-stations', 'do not take fire, ambulance and police stations from the extract')
    .option('--json', 'print one JSON object')
    .action(async (file: string, flags: ProtectFlags) => {
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
      const zones = parseZones(parseJson(await readText(flags.zone, 'the zone'), flags.zone));
      if (!zones.ok) throw new CliError(`${flags.zone}: ${zones.error.message} (${zones.error.code})`, 1);
      const zone = zones.value[0];
      if (!zone) throw new CliError(`${flags.zone}: no zone`, 1);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new CliError(`cannot read the extract ${file}: no such file`, 1);
      const read = await readOsm(new Uint8Array(await readFile(file)));
      if (!read.ok) {
        const first = read.diagnostics.list().find((d) => d.severity === 'error');
        throw new CliError(`${file} is not a readable OSM extract: ${first?.message ?? 'see diagnostics'}`, 1);
      }
      const site = buildSiteModel(read.data, read.diagnostics);
      if (site.graph.edgeCount === 0) throw new CliError(`${file}: the extract has no road or path a vehicle can use (no-roads)`, 1);
      const stations = flags.osmStations ? stationsFromOsm(read.data) : [];
      const plan = planProtection(site, zone, { classes: classes.value, catalogue, stations }, await highsSolver());
      const out = summary(plan, budget);
      process.stdout.write(flags.json ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`);
      if (out.feasible !== true) process.exitCode = 3;
    });
}
