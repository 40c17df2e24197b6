import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PactesurClient } from '@pactesur/api-client';
import type { NewReportInput, Polygon } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLocation } from '../../files/photo-metadata.ts';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { CENTRAL_NICE, coverNice, IN_CENTRE, IN_OLD_TOWN, OUTSIDE, rectangle } from './test-support/areas.ts';

/** A photo with a GPS position in its Exif data. */
const PHOTO = readFileSync(new URL('../../../test/fixtures/photo-gps.jpg', import.meta.url));
/** A portrait (public domain, see test/fixtures/face/README.md): one face. */
const FACE = readFileSync(new URL('../../../test/fixtures/face/astronaut.jpg', import.meta.url));

let platform: TestPlatform;
let cityAdmin: PactesurClient;
let cityEditor: PactesurClient;
let cityAnalyst: PactesurClient;
let cityViewer: PactesurClient;
let police: PactesurClient;
let liege: PactesurClient;
let citizen: PactesurClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  [cityAdmin, cityEditor, cityAnalyst, cityViewer, police, liege] = await Promise.all([
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('analyst@nice.example.org'),
    platform.signedIn('viewer@nice.example.org'),
    platform.signedIn('commander@police.nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  citizen = platform.client();
  await coverNice(cityAdmin, police);
}, 240_000);
afterAll(() => platform?.close());

const report = (input: Partial<NewReportInput> & Pick<NewReportInput, 'category'>): NewReportInput => ({
  location: IN_CENTRE,
  description: 'The street light at the corner is out.',
  ...input,
});

describe('coverage', () => {
  it('is declared by admins, each for their own organisation, with its area', async () => {
    const [mine] = await cityAdmin.listCoverage();
    expect(mine).toMatchObject({ name: 'Central Nice', orgName: 'Ville de Nice', area: CENTRAL_NICE });
    // About 3.2 km by 2.2 km.
    expect(mine!.areaKm2).toBeGreaterThan(6);
    expect(mine!.areaKm2).toBeLessThan(8);
    expect(await apiError(cityEditor.listCoverage())).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(cityEditor.createCoverage({ name: 'x', categories: ['other'], area: CENTRAL_NICE }))).toMatchObject({ status: 403 });
    expect(await apiError(liege.updateCoverage(mine!.id, { name: 'Hijacked', categories: ['other'], area: CENTRAL_NICE }))).toMatchObject({ status: 404 });
    expect(await apiError(liege.deleteCoverage(mine!.id))).toMatchObject({ status: 404 });
    const flat: Polygon = { type: 'Polygon', coordinates: [[[7.25, 43.69], [7.26, 43.69], [7.27, 43.69], [7.25, 43.69]]] };
    expect(await apiError(cityAdmin.createCoverage({ name: 'Line', categories: ['other'], area: flat }))).toMatchObject({ status: 400, code: 'validation_failed' });
    const extra = await cityAdmin.createCoverage({ name: 'Port', categories: ['other'], area: rectangle(7.28, 43.69, 7.3, 43.7) });
    expect((await cityAdmin.updateCoverage(extra.id, { name: 'Port area', categories: ['other', 'crowding'], area: extra.area })).name).toBe('Port area');
    await cityAdmin.deleteCoverage(extra.id);
    expect((await cityAdmin.listCoverage()).map((c) => c.name)).toEqual(['Central Nice']);
  });

  it('tells the reporting page who takes which category at a place', async () => {
    const at = async (p: [number, number]) => Object.fromEntries((await citizen.reportCategoriesAt(p[0], p[1])).map((c) => [c.category, c.orgName]));
    expect(await at(IN_OLD_TOWN)).toMatchObject({ crowding: 'Police municipale de Nice', 'lighting-fault': 'Ville de Nice', 'suspicious-vehicle': 'Police municipale de Nice' });
    expect(await at(IN_CENTRE)).toMatchObject({ crowding: 'Ville de Nice', 'suspicious-vehicle': null });
    expect(Object.values(await at(OUTSIDE)).every((o) => o === null)).toBe(true);
    expect(await apiError(citizen.reportCategoriesAt(200, 0))).toMatchObject({ status: 400 });
  });
});

describe('a report', () => {
  it('goes to the organisation whose coverage holds it, the smallest area first', async () => {
    // Liège's admin claims crowding over the whole Côte d'Azur: the smaller areas still win.
    const wide = await liege.createCoverage({ name: 'Riviera', categories: ['crowding'], area: rectangle(6.5, 43.3, 7.8, 44) });
    try {
      expect((await citizen.sendReport(report({ category: 'crowding', location: IN_OLD_TOWN }))).orgName).toBe('Police municipale de Nice');
      expect((await citizen.sendReport(report({ category: 'crowding', location: IN_CENTRE }))).orgName).toBe('Ville de Nice');
      expect((await citizen.sendReport(report({ category: 'crowding', location: [7.1, 43.6] }))).orgName).toBe(wide.orgName);
    } finally {
      await liege.deleteCoverage(wide.id);
    }
    expect(await apiError(citizen.sendReport(report({ category: 'crowding', location: OUTSIDE })))).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('with an address and no place, goes where one organisation alone takes the category', async () => {
    const sent = await citizen.sendReport(report({ category: 'lighting-fault', location: null, address: '12 rue de la Préfecture' }));
    expect(sent.orgName).toBe('Ville de Nice');
    const refused = await apiError(citizen.sendReport(report({ category: 'crowding', location: null, address: 'Place Masséna' })));
    expect(refused).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(refused.message).toMatch(/lat and long/);
  });

  it('of a suspicious vehicle is not anonymous', async () => {
    const vehicle = report({ category: 'suspicious-vehicle', location: IN_OLD_TOWN, description: 'A van parked on the pedestrian street since dawn.' });
    expect(await apiError(citizen.sendReport({ ...vehicle, anonymous: true, contact: { firstName: 'Ana', lastName: 'Rossi' } }))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await apiError(citizen.sendReport(vehicle))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await citizen.sendReport({ ...vehicle, contact: { firstName: 'Ana', lastName: 'Rossi' } })).orgName).toBe('Police municipale de Nice');
    // Another category may be sent anonymously: the name given is then not kept.
    const anonymous = await citizen.sendReport(report({ category: 'other', anonymous: true, contact: { firstName: 'Ana', email: 'ana@example.org' } }));
    const seen = await cityAnalyst.getReport(anonymous.id);
    expect(seen).toMatchObject({ anonymous: true, contact: { firstName: '', lastName: '', email: '', phone: '' } });
  });

  it("is read with its contact by the receiving organisation only, each read in its audit log", async () => {
    const sent = await citizen.sendReport(report({ category: 'damaged-barrier', description: 'The bollard at the entrance is bent.', contact: { firstName: 'Marc', lastName: 'Dupont', email: 'marc@example.org', phone: '+33 6 00 00 00 00' }, lang: 'fr' }));
    expect(sent.requestId).toMatch(/^R-[A-Z2-7]{8}$/);
    expect(sent.token.length).toBeGreaterThanOrEqual(22);
    expect(sent.notice).toMatch(/Ville de Nice/);
    expect(sent.notice).toMatch(/jours/);
    const seen = await cityAnalyst.getReport(sent.id);
    expect(seen).toMatchObject({ requestId: sent.requestId, category: 'damaged-barrier', status: 'open', published: false, via: 'web', contact: { lastName: 'Dupont', email: 'marc@example.org' } });
    expect(Date.parse(seen.purgeAfter) - Date.parse(seen.requestedAt)).toBe(180 * 86_400_000);
    expect((await cityAnalyst.listReports({ category: 'damaged-barrier' })).map((r) => r.id)).toContain(sent.id);
    // Not to a viewer of the city, nor to its police, nor to Liège; and never to the public.
    expect(await apiError(cityViewer.getReport(sent.id))).toMatchObject({ status: 403 });
    expect(await apiError(police.getReport(sent.id))).toMatchObject({ status: 404 });
    expect(await apiError(liege.getReport(sent.id))).toMatchObject({ status: 404 });
    expect((await police.listReports()).map((r) => r.id)).not.toContain(sent.id);
    expect(await apiError(citizen.getReport(sent.id))).toMatchObject({ status: 401 });
    const tracked = await citizen.trackReport(sent.token);
    expect(JSON.stringify(tracked)).not.toMatch(/Dupont|marc@example/);
    const open311 = await (await platform.request(`/open311/v2/requests/${sent.requestId}.json`)).text();
    expect(open311).not.toMatch(/Dupont|marc@example|bollard/);
    const { entries } = await cityAdmin.audit({ recordId: sent.id, limit: 50 });
    expect(entries.filter((e) => e.action === 'read' && e.recordKind === 'citizen-report').map((e) => e.userEmail).sort()).toEqual(['analyst@nice.example.org', 'analyst@nice.example.org']);
    expect(entries.some((e) => e.action === 'create' && e.detail === `${sent.requestId} via web`)).toBe(true);
  });

  it('is triaged by an editor; its text is public once published', async () => {
    const sent = await citizen.sendReport(report({ category: 'event-safety', description: 'The north exit of the stage is chained shut.', address: 'Jardin Albert Ier' }));
    const publicView = async () => (await citizen.transport.json<{ description: string | null; status: string }[]>('GET', '/open311/v2/requests.json?service_request_id=' + sent.requestId))[0]!;
    expect(await publicView()).toMatchObject({ description: null, status: 'open' });
    expect((await citizen.trackReport(sent.token)).description).toBe('The north exit of the stage is chained shut.');
    expect(await apiError(cityAnalyst.triageReport(sent.id, { status: 'in-progress', published: false }))).toMatchObject({ status: 403 });
    expect(await apiError(police.triageReport(sent.id, { status: 'closed', published: true }))).toMatchObject({ status: 404 });
    const progressing = await cityEditor.triageReport(sent.id, { status: 'in-progress', statusNote: 'A steward is on the way.', published: true });
    expect(progressing).toMatchObject({ status: 'in-progress', statusNote: 'A steward is on the way.', published: true, photoUrl: null });
    expect(await publicView()).toMatchObject({ description: 'The north exit of the stage is chained shut.', status: 'open', status_notes: 'A steward is on the way.' });
    const closed = await cityEditor.triageReport(sent.id, { status: 'closed', statusNote: 'Exit reopened.', published: false });
    // Closing starts the retention period: 90 days for event safety.
    expect(Date.parse(closed.purgeAfter) - Date.parse(closed.updatedAt)).toBe(90 * 86_400_000);
    expect(await publicView()).toMatchObject({ description: null, status: 'closed' });
    expect(await citizen.trackReport(sent.token)).toMatchObject({ status: 'closed', statusNote: 'Exit reopened.', description: 'The north exit of the stage is chained shut.' });
  });

  it('takes one photo while unpublished: faces blurred, metadata gone, the sent file never stored', async () => {
    const sent = await citizen.sendReport(report({ category: 'damaged-barrier', description: 'A planter knocked over.' }));
    expect(await apiError(citizen.transport.request('PUT', `/api/citizens/reports/photo?token=${sent.token}`, 'text', { contentType: 'text/plain' }))).toMatchObject({ status: 415 });
    expect(await apiError(citizen.sendReportPhoto(sent.token, new TextEncoder().encode('not a photo')))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await citizen.sendReportPhoto(sent.token, PHOTO)).toMatchObject({ requestId: sent.requestId, photoUrl: null, description: 'A planter knocked over.' });
    const seen = await cityAnalyst.getReport(sent.id);
    expect(seen).toMatchObject({ hasPhoto: true, photoUrl: null });
    expect(seen.blurredFaces).toBeGreaterThanOrEqual(0);
    const photo = await cityAnalyst.reportPhoto(sent.id);
    expect([...photo.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(hasLocation(photo)).toBe(false);
    const row = await platform.database.db.selectFrom('citizen_reports').select(['photo_key', 'published_photo_key']).where('id', '=', sent.id).executeTakeFirstOrThrow();
    const file = (key: string) => join(platform.config.filesDir, 'files', key);
    expect(readFileSync(file(row.photo_key!))).toEqual(Buffer.from(photo));
    expect(Buffer.from(photo).equals(PHOTO)).toBe(false);
    expect(await apiError(police.reportPhoto(sent.id))).toMatchObject({ status: 404 });
    // Another photo replaces it, its file deleted; the face in it is blurred.
    await citizen.sendReportPhoto(sent.token, FACE);
    expect(() => readFileSync(file(row.photo_key!))).toThrow();
    expect(await cityAnalyst.getReport(sent.id)).toMatchObject({ hasPhoto: true, blurredFaces: 1 });
    const portrait = await cityAnalyst.reportPhoto(sent.id);
    expect(Buffer.from(portrait).equals(FACE)).toBe(false);
    // Not public until published; then with the regions chosen blurred too, as a new file.
    const publicPhoto = () => platform.request(`/api/citizens/public/${sent.requestId}/photo.jpg`);
    expect((await publicPhoto()).status).toBe(404);
    const published = await cityEditor.triageReport(sent.id, { status: 'in-progress', published: true, blurRegions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }] });
    expect(published).toMatchObject({ photoUrl: `/api/citizens/public/${sent.requestId}/photo.jpg`, blurRegions: [{ x: 0, y: 0, width: 0.5, height: 0.5 }] });
    const shown = await publicPhoto();
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');
    const shownBytes = new Uint8Array(await shown.arrayBuffer());
    expect(hasLocation(shownBytes)).toBe(false);
    expect(Buffer.from(shownBytes).equals(Buffer.from(portrait))).toBe(false);
    const open311 = (await (await platform.request(`/open311/v2/requests/${sent.requestId}.json`)).json()) as { media_url: string }[];
    expect(open311[0]?.media_url).toMatch(new RegExp(`^https?://[^/]+/api/citizens/public/${sent.requestId}/photo\\.jpg$`));
    expect(await apiError(citizen.sendReportPhoto(sent.token, PHOTO))).toMatchObject({ status: 409, code: 'conflict' });
    // Unpublished: the public photo is gone, its file deleted.
    const publishedKey = (await platform.database.db.selectFrom('citizen_reports').select('published_photo_key').where('id', '=', sent.id).executeTakeFirstOrThrow()).published_photo_key!;
    await cityEditor.triageReport(sent.id, { status: 'in-progress', published: false });
    expect((await publicPhoto()).status).toBe(404);
    expect(() => readFileSync(file(publishedKey))).toThrow();
    expect(await citizen.citizenTransparency()).toMatchObject({ photos: 2, facesBlurred: 1 });
  }, 60_000);

  it('is followed by its token only', async () => {
    expect(await apiError(citizen.trackReport('x'.repeat(43)))).toMatchObject({ status: 404 });
    expect(await apiError(citizen.trackReport('short'))).toMatchObject({ status: 404 });
    expect(await apiError(citizen.sendReportPhoto('x'.repeat(43), new Uint8Array([0xff, 0xd8])))).toMatchObject({ status: 404 });
  });

  it('is counted on the transparency page', async () => {
    const t = await citizen.citizenTransparency();
    const crowding = t.categories.find((c) => c.category === 'crowding')!;
    expect(crowding).toMatchObject({ retentionDays: 30, anonymous: true, received: 3 });
    expect(crowding.kept).toEqual({ open: 3, 'in-progress': 0, closed: 0 });
    expect(t.categories.find((c) => c.category === 'suspicious-vehicle')).toMatchObject({ anonymous: false, received: 1 });
    expect(t.categories.find((c) => c.category === 'event-safety')!.kept).toMatchObject({ closed: 1 });
  });
});

describe('Open311 keys', () => {
  it('are issued by admins, shown once, stored as a hash, and revoked', async () => {
    const issued = await cityAdmin.issueApiKey({ name: 'FixMyStreet relay' });
    expect(issued.key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    expect(issued.key.startsWith(issued.prefix)).toBe(true);
    const listed = await cityAdmin.listApiKeys();
    expect(listed).toEqual([{ id: issued.id, name: 'FixMyStreet relay', prefix: issued.prefix, createdAt: issued.createdAt, lastUsedAt: null, revokedAt: null }]);
    const stored = await platform.database.db.selectFrom('citizen_api_keys').selectAll().where('id', '=', issued.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(issued.key);
    expect(await apiError(cityEditor.issueApiKey({ name: 'x' }))).toMatchObject({ status: 403 });
    expect(await apiError(liege.revokeApiKey(issued.id))).toMatchObject({ status: 404 });
    await cityAdmin.revokeApiKey(issued.id);
    expect((await cityAdmin.listApiKeys())[0]?.revokedAt).not.toBeNull();
    expect(await apiError(cityAdmin.revokeApiKey(issued.id))).toMatchObject({ status: 404 });
  });
});
