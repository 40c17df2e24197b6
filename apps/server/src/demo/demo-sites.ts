import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteCategory } from '@pactesur/contracts';
import { importExtractBytes } from '../jobs/kinds/import-extract.ts';
import { registerImportedSite } from '../register/import-site-file.ts';
import type { Repositories } from '../repositories/index.ts';

/** Where the demo looks for OpenStreetMap extracts: `PACTESUR_DEMO_OSM`, else the shared data beside the project. */
export const DEMO_OSM_DIR = fileURLToPath(new URL('../../../../../shared/data/osm/', import.meta.url));

/**
 * Sites of the network's own cities cut from real extracts (ODbL, © OpenStreetMap contributors), each
 * shared on purpose with partners so that the demo shows sharing at work.
 */
export const DEMO_SITES: ReadonlyArray<{
  file: string;
  org: string;
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
    name: 'Marienplatz',
    dataDate: '2026-03-10',
    typicalOccupancy: 2500,
    eventOccupancy: 20_000,
    notes: 'Christkindlmarkt and FC Bayern celebrations on the balcony of the Neues Rathaus.',
    shareWith: [{ org: 'nice', right: 'read' }],
  },
];

/**
 * Registers the demo sites whose extract is found in `osmDir` (once: an organisation that already has a
 * site of that name is left alone). Returns the names registered.
 */
export async function seedDemoSites(repos: Repositories, osmDir = process.env.PACTESUR_DEMO_OSM ?? DEMO_OSM_DIR): Promise<string[]> {
  const done: string[] = [];
  for (const d of DEMO_SITES) {
    const path = join(osmDir, d.file);
    const org = await repos.orgs.findBySlug(d.org);
    if (!org || !existsSync(path)) continue;
    if ((await repos.sites.listVisible(org.id, [])).some((s) => s.name === d.name)) continue;
    const bytes = new Uint8Array(readFileSync(path));
    const imported = await importExtractBytes(bytes, d.file);
    const candidate = imported.candidates.find((c) => c.name === d.name);
    if (!candidate) continue;
    const { siteId } = await registerImportedSite(repos, {
      orgId: org.id,
      filename: d.file,
      bytes,
      dataDate: d.dataDate,
      imported,
      candidate,
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
    done.push(d.name);
  }
  return done;
}
