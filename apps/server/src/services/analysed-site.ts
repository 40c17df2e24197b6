import { DEFAULT_CLASS_IDS, type ClassChoice, type Polygon } from '@pactesur/contracts';
import type { VehicleClass } from '@pactesur/vehicle';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { SiteRow } from '../repositories/sites.ts';
import { zoneFromOutline } from './outline-geometry.ts';
import { resolveClasses } from './vehicle-classes.ts';
import { checkZone } from './zone-check.ts';

/** A site ready for a vehicle analysis or a plan: its extract's file, the checked zone, the resolved classes. */
export interface AnalysedSite {
  readonly site: SiteRow;
  /** The key of the extract's file, which the job reads. */
  readonly fileKey: string;
  readonly zone: Polygon;
  readonly classes: VehicleClass[];
  /** The name a record of it gets when the request gives none: the site and the classes. */
  readonly defaultName: string;
}

/**
 * Reads a site (whose access the caller checked) with its extract, and checks the zone (default: the site's
 * outline) and the vehicle classes of a request: `site_without_extract`, `zone_invalid`, `class_invalid`.
 */
export async function analysedSite(
  repos: Pick<Repositories, 'sites' | 'extracts'>,
  siteId: string,
  request: { readonly zone?: Polygon | undefined; readonly classes?: readonly ClassChoice[] | undefined },
): Promise<AnalysedSite> {
  const site = await repos.sites.find(siteId);
  if (!site) throw new AppError('not_found');
  if (!site.extractId) throw new AppError('site_without_extract');
  const extract = await repos.extracts.find(site.extractId);
  const fileKey = await repos.extracts.fileKeyOf(site.extractId);
  if (!extract || !fileKey) throw new AppError('site_without_extract');
  const zone = request.zone ?? zoneFromOutline(site.outline);
  checkZone(zone, extract.summary?.bounds);
  const classes = resolveClasses(request.classes);
  const defaultName = `${site.name} — ${classes.length === DEFAULT_CLASS_IDS.length ? 'all classes' : classes.map((c) => c.id).join(', ')}`;
  return { site, fileKey, zone, classes, defaultName };
}
