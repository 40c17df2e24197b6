import { readFileSync } from 'node:fs';
import type { Extract } from '@pactesur/contracts';
import type { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { waitFor } from '../../test/wait-for.ts';

const OSM = new URL('../../../../data/osm/', import.meta.url);
const breda = readFileSync(new URL('breda-grote-markt.osm', OSM));

let platform: TestPlatform;
let editor: PactesurClient;
beforeAll(async () => {
  platform = await startTestPlatform();
  editor = await platform.signedIn('editor@nice.example.org');
});
afterAll(() => platform.close());

const settled = (api: PactesurClient, id: string): Promise<Extract> => waitFor(() => api.getExtract(id), (e) => e.status !== 'processing', 30_000);

describe('the public-space register', () => {
  it('imports an uploaded extract as a job, suggests its square, and registers it as a site', async () => {
    const uploaded = await editor.uploadExtract('breda-grote-markt.osm', breda, '2022-02-01');
    expect(uploaded).toMatchObject({ filename: 'breda-grote-markt.osm', bytes: breda.length, status: 'processing', access: 'owner' });
    const extract = await settled(editor, uploaded.id);
    expect(extract.status).toBe('ready');
    expect(extract.summary).toMatchObject({ format: 'xml', nodes: 430, ways: 51, relations: 6, missingNodeRefs: 0 });
    const grote = extract.candidates.findIndex((c) => c.name === 'Grote Markt');
    expect(grote).toBeGreaterThanOrEqual(0);
    const candidate = extract.candidates[grote]!;
    expect(candidate.walkableAreaM2).toBeGreaterThan(5000);
    expect(candidate.walkableAreaM2).toBeLessThan(6000);

    const site = await editor.createSite({ extractId: extract.id, candidate: grote, eventOccupancy: 8000 });
    expect(site).toMatchObject({ name: 'Grote Markt', category: 'pedestrian-area', extractDataDate: '2022-02-01', eventOccupancy: 8000, access: 'owner' });
    expect(site.walkableAreaM2).toBe(candidate.walkableAreaM2);
    expect(site.outline.coordinates[0]![0]!.at(-1)).toEqual(site.outline.coordinates[0]![0]![0]);

    const layers = await editor.siteLayers(site.id);
    expect(layers.attribution).toBe('© OpenStreetMap contributors');
    expect(layers.features.some((f) => f.properties.layer === 'building')).toBe(true);
    expect(layers.features.filter((f) => f.properties.layer === 'barrier')).toHaveLength(2);

    // The job keeps only a short summary.
    const job = await editor.getJob(extract.jobId!);
    expect(job.result).toEqual({ extractId: extract.id, summary: extract.summary });
    // The job read the extract's file without a copy of it, and names it no more once done.
    const stored = await platform.database.db.selectFrom('jobs').select('attachment_key').where('id', '=', extract.jobId!).executeTakeFirstOrThrow();
    expect(stored.attachment_key).toBeNull();
    expect(await platform.repositories.storedFiles.sweepUnreferenced(0)).toBe(0);
  });

  it('edits, lists and deletes a site; a hand-drawn outline gets its area computed', async () => {
    const extract = (await editor.listExtracts())[0]!;
    // A 100 m × 100 m square near Breda's Grote Markt.
    const dLon = 100 / (111_320 * Math.cos((51.588 * Math.PI) / 180));
    const dLat = 100 / 110_574;
    const ring: [number, number][] = [[4.776, 51.588], [4.776 + dLon, 51.588], [4.776 + dLon, 51.588 + dLat], [4.776, 51.588 + dLat], [4.776, 51.588]];
    const drawn = await editor.createSite({ extractId: extract.id, name: 'Event zone', category: 'event-venue', outline: { type: 'MultiPolygon', coordinates: [[ring]] } });
    expect(drawn.walkableAreaM2).toBeGreaterThan(9900);
    expect(drawn.walkableAreaM2).toBeLessThan(10100);
    const edited = await editor.updateSite(drawn.id, { name: 'Kermis zone', typicalOccupancy: 300 });
    expect(edited).toMatchObject({ name: 'Kermis zone', typicalOccupancy: 300, category: 'event-venue' });
    expect((await editor.listSites()).map((s) => s.name)).toEqual(['Grote Markt', 'Kermis zone']);
    await editor.deleteSite(drawn.id);
    await expect(editor.getSite(drawn.id)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses bad uploads with clear errors, and a broken file fails its import with the reason', async () => {
    await expect(editor.uploadExtract('empty.osm', new Uint8Array(0))).rejects.toMatchObject({ status: 400, code: 'empty_upload' });
    await expect(editor.uploadExtract('../../etc/passwd', breda)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    const json = await platform.request('/api/extracts?filename=x.osm', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(401); // no session on a raw request
    const binary = await settled(editor, (await editor.uploadExtract('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]))).id);
    expect(binary.status).toBe('failed');
    expect(binary.error).toMatch(/photo\.jpg cannot be read/);
    const truncated = await settled(editor, (await editor.uploadExtract('cut.osm', breda.subarray(0, 20_000))).id);
    expect(truncated.status).toBe('failed');
    expect(truncated.error).toMatch(/cut\.osm cannot be read/);
    await expect(editor.createSite({ extractId: truncated.id, candidate: 0 })).rejects.toMatchObject({ status: 409, code: 'extract_not_ready' });
    await expect(editor.extractLayers(truncated.id)).rejects.toMatchObject({ status: 409, code: 'extract_not_ready' });
  });

  it('lets only editors import, and keeps sites to their organisation unless shared', async () => {
    const viewer = await platform.signedIn('viewer@nice.example.org');
    await expect(viewer.uploadExtract('b.osm', breda)).rejects.toMatchObject({ status: 403 });
    const [site] = await editor.listSites();
    const liege = await platform.signedIn('admin@liege.example.org');
    await expect(liege.getSite(site!.id)).rejects.toMatchObject({ status: 404 });
    await expect(liege.siteLayers(site!.id)).rejects.toMatchObject({ status: 404 });
    const liegeId = (await liege.session()).activeOrgId!;
    await editor.share('site', site!.id, liegeId, 'read');
    expect((await liege.getSite(site!.id)).access).toBe('read');
    expect((await liege.siteLayers(site!.id)).features.length).toBeGreaterThan(0);
    await expect(liege.updateSite(site!.id, { name: 'x' })).rejects.toMatchObject({ status: 403 });
  });
});
