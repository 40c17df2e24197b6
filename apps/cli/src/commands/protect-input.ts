import { readFile, stat } from 'node:fs/promises';
import { lngLat, type LngLat } from '@pactesur/geo';
import type { OsmData } from '@pactesur/osm';
import { siteModelFromBytes, type SiteModel } from '@pactesur/site';
import { parseZones, type Zone } from '@pactesur/vehicle';
import { CliError } from '../cli-error.ts';

/** Reads a text file, or says plainly that it is not there. */
export async function readText(file: string, what: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliError(`cannot read ${what} ${file}: no such file`, 1);
  return readFile(file, 'utf8');
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${file} is not valid JSON`, 1);
  }
}

/** The site model of an extract and the (first) zone of a GeoJSON file, with clear errors. */
export async function loadProtectSite(osmFile: string, zoneFile: string): Promise<{ site: SiteModel; zone: Zone; data: OsmData }> {
  const zones = parseZones(parseJson(await readText(zoneFile, 'the zone'), zoneFile));
  if (!zones.ok) throw new CliError(`${zoneFile}: ${zones.error.message} (${zones.error.code})`, 1);
  const zone = zones.value[0];
  if (!zone) throw new CliError(`${zoneFile}: no zone`, 1);
  const info = await stat(osmFile).catch(() => null);
  if (!info?.isFile()) throw new CliError(`cannot read the extract ${osmFile}: no such file`, 1);
  const read = await siteModelFromBytes(new Uint8Array(await readFile(osmFile)));
  if (!read.ok) throw new CliError(`${osmFile} is not a readable OSM extract: ${read.problem}`, 1);
  if (read.model.graph.edgeCount === 0) throw new CliError(`${osmFile}: the extract has no road or path a vehicle can use (no-roads)`, 1);
  return { site: read.model, zone, data: read.data };
}

/** `LON,LAT` as a point, or a CLI error naming the flag. */
export function parsePoint(text: string, flag: string): LngLat {
  const parts = text.split(',').map((s) => Number(s.trim()));
  const [lon, lat] = parts;
  if (parts.length !== 2 || lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw new CliError(`${flag} takes LON,LAT in degrees, not "${text}"`, 2);
  return lngLat(lon, lat);
}
