import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';

interface ThreatFlags {
  readonly zone: string;
  readonly class: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly sensitivity?: boolean;
  readonly startSpeed?: string;
  readonly networkEdge: boolean;
}

async function readBytes(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`cannot read ${file}: no such file`, 1);
  return new Uint8Array(await readFile(file));
}

/** `pactesur vehicle-threat OSMFILE --zone ZONE.geojson`: the vehicle threat analysis (HVM.md §1–3). */
export function registerVehicleThreat(program: Command): void {
  program
    .command('vehicle-threat')
    .description('from where can which vehicle reach a protected zone, how fast and with how much energy')
    .argument('<osmfile>', 'an .osm or .osm.pbf extract')
    .requiredOption(
      '--zone <file>',
      'the protected zone: a GeoJSON Polygon, Feature or FeatureCollection (WGS84)',
    )
    .option('--class <id>', 'a vehicle class id, or all', 'all')
    .option('--json', 'print one JSON object')
    .option('--out <file>', 'also write the full result (perimeter points, worst paths) as GeoJSON')
    .option(
      '--sensitivity',
      'also re-run with power ±30 %, grip 0.6–0.9 g, rolling start 0–50 km/h and print bands',
    )
    .option('--start-speed <kmh>', 'rolling start speed at every node (default 0: standstill)')
    .option('--no-network-edge', 'roads cut by the edge of the extract start from standstill, not at 50 km/h')
    .action(async (file: string, flags: ThreatFlags) => {
      const [{ siteModelFromBytes }, { analyseThreat, DEFAULT_VEHICLE_CLASSES, parseZones, selectClasses }, { formatSummary, summarise, toGeoJson }] =
        await Promise.all([import('@pactesur/site'), import('@pactesur/vehicle'), import('./vehicle-threat-output.ts')]);
      const startSpeedKmh = flags.startSpeed === undefined ? 0 : Number(flags.startSpeed);
      if (!Number.isFinite(startSpeedKmh) || startSpeedKmh < 0 || startSpeedKmh > 200)
        throw new CliError(`--start-speed must be a speed in km/h from 0 to 200, not ${flags.startSpeed}`, 2);
      const classes = selectClasses(DEFAULT_VEHICLE_CLASSES, flags.class === 'all' ? 'all' : [flags.class]);
      if (!classes.ok) throw new CliError(classes.error.message, 2);
      let zoneJson: unknown;
      try {
        zoneJson = JSON.parse(new TextDecoder().decode(await readBytes(flags.zone))) as unknown;
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`${flags.zone} is not valid JSON`, 1);
      }
      const zones = parseZones(zoneJson);
      if (!zones.ok) throw new CliError(`${flags.zone}: ${zones.error.message} (${zones.error.code})`, 1);
      const read = await siteModelFromBytes(await readBytes(file));
      if (!read.ok) throw new CliError(`${file} is not a readable OSM extract: ${read.problem}`, 1);
      const result = analyseThreat(read.model, zones.value, {
        classes: classes.value,
        startSpeedKmh,
        networkEdge: flags.networkEdge,
        sensitivity: flags.sensitivity === true,
      });
      if (!result.ok) throw new CliError(`${file}: ${result.error.message} (${result.error.code})`, 1);
      if (flags.out) await writeFile(flags.out, `${JSON.stringify(toGeoJson(result.value))}\n`);
      const summary = summarise(result.value);
      process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
    });
}
