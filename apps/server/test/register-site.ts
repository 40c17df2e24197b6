import { readFileSync } from 'node:fs';
import type { PactesurClient } from '@pactesur/api-client';
import type { Extract, Site } from '@pactesur/contracts';
import { waitFor } from './wait-for.ts';

/** The bytes of an OpenStreetMap extract of the repository (`data/osm`). */
export const osmExtract = (file: string): Buffer => readFileSync(new URL(`../../../data/osm/${file}`, import.meta.url));

/** Uploads an extract of `data/osm` and waits for its import; fails when it did not import. */
export async function importExtract(client: PactesurClient, file: string): Promise<Extract> {
  const upload = await client.uploadExtract(file, osmExtract(file));
  const extract = await waitFor(() => client.getExtract(upload.id), (e) => e.status !== 'processing', 60_000);
  if (extract.error !== null) throw new Error(`The extract ${file} did not import: ${extract.error}`);
  return extract;
}

/** Imports an extract of `data/osm` and registers as a site the place it suggests under `name`. */
export async function registerSite(client: PactesurClient, file: string, name: string): Promise<Site> {
  const extract = await importExtract(client, file);
  const candidate = extract.candidates.findIndex((c) => c.name === name);
  if (candidate < 0) throw new Error(`The extract ${file} suggests no ${name}.`);
  return client.createSite({ extractId: extract.id, candidate });
}
