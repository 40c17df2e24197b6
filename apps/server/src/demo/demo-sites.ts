import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteCategory } from '@pactesur/contracts';
import { importExtractBytes } from '../jobs/kinds/import-extract.ts';
import { registerImportedSite } from '../register/import-site-file.ts';
import type { Repositories } from '../repositories/index.ts';
import { repositoryPath } from '../runtime/repository-path.ts';

/** Where the demo looks for OpenStreetMap extracts: `PACTESUR_DEMO_OSM`, else the repository's `data/osm/`. */
export const DEMO_OSM_DIR = repositoryPath('data', 'osm');

/**
 * Sites of the network's own cities cut from real extracts (ODbL, © OpenStreetMap contributors), each
 * shared on purpose with partners so that the demo shows sharing at work.
 */
export const DEMO_SITES: ReadonlyArray<{
  file: string;
  org: string;
  /** The public space suggested by the extract's import that becomes the site. */
  candidate: string;
  name: string;
  category?: SiteCategory;
  dataDate: string;
  typicalOccupancy: number;
  eventOccupancy: number;
  notes: string;
  shareWith: readonly { org: string; right: 'read' | 'edit' }[];
}> = [
  {
    file: 'munich-marienplatz.osm',
    org: 'munich',
    candidate: 'Marienplatz',
    name: 'Marienplatz',
    dataDate: '2020-01-26',
    typicalOccupancy: 2500,
    eventOccupancy: 20_000,
    notes: 'Christkindlmarkt and FC Bayern celebrations on the balcony of the Neues Rathaus.',
    shareWith: [{ org: 'nice', right: 'read' }],
  },
  {
    file: 'london-borough-high-street.osm',
    org: 'london',
    candidate: 'Borough forecourt',
    name: 'Borough High Street',
    dataDate: '2024-03-21',
    typicalOccupancy: 600,
    eventOccupancy: 2500,
    notes:
      'Forecourt of Borough station on Borough High Street, about 600 m south of London Bridge: the approach ' +
      'of the 3 June 2017 attack, which ended at Borough Market.',
    shareWith: [{ org: 'nice', right: 'read' }],
  },
];

/** What `seedDemoSites` did: the sites it registered, and those it could not, with the reason. */
export interface DemoSitesReport {
  readonly registered: string[];
  readonly skipped: { name: string; reason: string }[];
}

/**
 * Registers the demo sites whose extract is found in `osmDir` (once: an organisation that already has a
 * site of that name is left alone, and counts as neither registered nor skipped).
 */
export async function seedDemoSites(repos: Repositories, osmDir = process.env.PACTESUR_DEMO_OSM ?? DEMO_OSM_DIR): Promise<DemoSitesReport> {
  const report: DemoSitesReport = { registered: [], skipped: [] };
  const skip = (name: string, reason: string) => report.skipped.push({ name, reason });
  for (const d of DEMO_SITES) {
    const path = join(osmDir, d.file);
    const org = await repos.orgs.findBySlug(d.org);
    if (!org) {
      skip(d.name, `the organisation "${d.org}" is not in the database (load the demo networks first)`);
      continue;
    }
    if (!existsSync(path)) {
      skip(d.name, `its OpenStreetMap extract ${path} is missing`);
      continue;
    }
    if ((await repos.sites.listVisible(org.id, [])).some((s) => s.name === d.name)) continue;
    const bytes = new Uint8Array(readFileSync(path));
    const imported = await importExtractBytes(bytes, d.file);
    const candidate = imported.candidates.find((c) => c.name === d.candidate);
    if (!candidate) {
      skip(d.name, `the extract ${d.file} has no public space named "${d.candidate}"`);
      continue;
    }
    const { siteId } = await registerImportedSite(repos, {
      orgId: org.id,
      filename: d.file,
      bytes,
      dataDate: d.dataDate,
      imported,
      candidate,
      name: d.name,
      category: d.category,
      typicalOccupancy: d.typicalOccupancy,
      eventOccupancy: d.eventOccupancy,
      notes: d.notes,
      detail: 'demo data',
    });
    const owner = (await repos.memberships.ofOrg(org.id))[0];
    for (const share of d.shareWith) {
      const partner = await repos.orgs.findBySlug(share.org);
      if (partner && owner) await repos.shares.grant('site', siteId, partner.id, share.right, owner.userId);
    }
    report.registered.push(d.name);
  }
  return report;
}
