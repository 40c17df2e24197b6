import type { PactesurClient } from '@pactesur/api-client';
import type { PracticeContentInput, PracticeFacets } from '@pactesur/contracts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStore } from '../../files/file-store.ts';
import { hasLocation } from '../../files/photo-metadata.ts';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { registerSite } from '../../../test/register-site.ts';

let platform: TestPlatform;
let nice: PactesurClient;
let efus: PactesurClient;
let liege: PactesurClient;
let madrid: PactesurClient;
let sdis: PactesurClient;
let niceViewer: PactesurClient;
let publicReader: PactesurClient;
let orgId: (slug: string) => string;

beforeAll(async () => {
  platform = await startTestPlatform();
  [nice, efus, liege, madrid, sdis, niceViewer] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('coordinator@efus.example.org'),
    platform.signedIn('admin@liege.example.org'),
    platform.signedIn('admin@madrid.example.org'),
    platform.signedIn('officer@sdis06.example.org'),
    platform.signedIn('viewer@nice.example.org'),
  ]);
  publicReader = platform.client();
  const orgs = await nice.listOrgs();
  orgId = (slug) => orgs.find((o) => o.slug === slug)!.id;
}, 240_000);
afterAll(() => platform?.close());

const long = (text: string) => `${text} ${'It was planned with the police, the fire brigade and the residents, then tested on a busy day. '.repeat(2)}`;

/** A practice that meets the four minimum criteria, its texts in `lang`, with `words` in its method. */
function practice(lang: string, title: string, words: string, over: Partial<PracticeContentInput> = {}): PracticeContentInput {
  const t = (text: string) => ({ source: lang, texts: { [lang]: text } });
  return {
    title: t(title),
    summary: t(`${title}: ${words}`),
    city: 'Nice',
    country: 'FR',
    location: [7.2619, 43.6947],
    contact: 'Head of urban security',
    status: 'running',
    startedOn: '2017-06-01',
    confidentiality: 'public',
    problem: t(long('Vehicles could reach the crowd on the promenade during events.')),
    threats: ['vehicle-ramming'],
    placeTypes: ['promenade'],
    objectives: t('Stop a heavy vehicle before it reaches the crowd.'),
    method: t(long(words)),
    functions: ['security-by-design'],
    solutionTypes: ['equipment'],
    costBand: '100k-1m',
    evaluation: 'outcome',
    results: t('No vehicle entered the pedestrian area during 40 events.'),
    conditions: t(long('A street wide enough for deep foundations and the consent of the heritage authority.')),
    ...over,
  };
}

const noFacets: PracticeFacets = { country: [], threat: [], place: [], function: [], solution: [], maturity: [], evaluation: [], cost: [], language: [], year: [] };
const ids = async (client: PactesurClient, q: string, facets: Partial<PracticeFacets> = {}) =>
  (await client.searchPractices({ q, facets: { ...noFacets, ...facets } })).hits.map((h) => h.id);

/** Writes a practice as Nice and has it published by the network's coordinator. */
async function published(content: PracticeContentInput): Promise<string> {
  const p = await nice.createPractice({ content });
  await nice.stepPractice(p.id, { action: 'submit' });
  await efus.stepPractice(p.id, { action: 'publish', maturity: 'peer-reviewed' });
  return p.id;
}

describe('promising practices', () => {
  it('goes from draft to review to published with four eyes across organisations, once the four minimum criteria are met', async () => {
    const draft = await nice.createPractice({ content: { title: { source: 'fr', texts: { fr: 'Bornes escamotables' } }, confidentiality: 'network' } });
    expect(draft).toMatchObject({ state: 'draft', maturity: 'inspiring', canEdit: true, canReview: false });
    expect(draft.unmet).toEqual(['problem-described', 'intervention-explained', 'outcome-or-plausibility', 'replicable']);
    expect(await apiError(nice.stepPractice(draft.id, { action: 'submit' }))).toMatchObject({ status: 409, code: 'practice_criteria' });
    expect(await apiError(niceViewer.createPractice({ content: draft.content }))).toMatchObject({ status: 403 });
    // Nobody outside Nice sees a draft, not even the network's editors.
    expect(await apiError(efus.getPractice(draft.id))).toMatchObject({ status: 404 });

    const full = practice('fr', 'Bornes escamotables', 'Des bornes escamotables et des barrières profondes ferment la promenade.', { confidentiality: 'network' });
    const saved = await nice.updatePractice(draft.id, { revision: draft.revision, content: full });
    expect(saved.unmet).toEqual([]);
    expect(await apiError(nice.updatePractice(draft.id, { revision: draft.revision, content: full }))).toMatchObject({ status: 409, code: 'conflict' });
    const submitted = await nice.stepPractice(draft.id, { action: 'submit' });
    expect(submitted.state).toBe('review');
    expect(await apiError(nice.updatePractice(draft.id, { revision: submitted.revision, content: full }))).toMatchObject({ status: 409, code: 'practice_stage' });
    // Nice may not publish its own practice; the coordinator of its network reviews it.
    expect(await apiError(nice.stepPractice(draft.id, { action: 'publish', maturity: 'evaluated' }))).toMatchObject({ status: 403 });
    expect(await apiError(sdis.stepPractice(draft.id, { action: 'publish', maturity: 'evaluated' }))).toMatchObject({ status: 404 });
    const seen = await efus.getPractice(draft.id);
    expect(seen).toMatchObject({ state: 'review', canReview: true, canEdit: false });
    const returned = await efus.stepPractice(draft.id, { action: 'return', note: 'Say what the foundations cost.' });
    expect(returned.state).toBe('draft');
    await nice.stepPractice(draft.id, { action: 'submit' });
    const done = await efus.stepPractice(draft.id, { action: 'publish', maturity: 'peer-reviewed' });
    expect(done).toMatchObject({ state: 'published', maturity: 'peer-reviewed' });
    expect(done.publishedAt).not.toBeNull();
    expect(done.history.map((h) => h.action)).toEqual(['created', 'edited', 'submitted', 'returned', 'submitted', 'published']);
    expect(done.history[3]).toMatchObject({ note: 'Say what the foundations cost.', orgName: expect.stringContaining('Efus') as string });
    expect(await apiError(efus.stepPractice(draft.id, { action: 'publish', maturity: 'evaluated' }))).toMatchObject({ status: 409, code: 'practice_stage' });
  });

  it('finds a practice by a word of its own language in another form, in French, German, Spanish and Italian, ranked', async () => {
    const fr = await published(practice('fr', 'Promenade protégée', 'Une barrière antibélier de 12 tonnes protège chaque accès.'));
    const de = await published(practice('de', 'Geschützter Platz', 'Jede Polizeikraft der Stadt übt die Sperrung des Platzes.', { city: 'München', country: 'DE' }));
    const es = await published(practice('es', 'Plaza segura', 'Una evacuación ordenada por cuatro salidas señalizadas.', { city: 'Madrid', country: 'ES' }));
    const it_ = await published(practice('it', 'Piazza sicura', 'Una evacuazione rapida guidata dagli steward.', { city: 'Torino', country: 'IT' }));
    expect(await ids(liege, 'barrières')).toContain(fr);
    expect(await ids(liege, 'Polizeikräfte')).toEqual([de]);
    expect(await ids(liege, 'evacuaciones')).toEqual([es]);
    expect(await ids(liege, 'evacuazioni')).toEqual([it_]);
    // A language whose configuration a server may lack (Estonian before PostgreSQL 17) is found word for word.
    const et = await published(practice('et', 'Turvaline väljak', 'Munitsipaalpolitsei patrullid valvavad väljakut.', { city: 'Tallinn', country: 'EE' }));
    expect(await ids(liege, 'patrullid')).toEqual([et]);
    // A word in the title ranks above the same word further down.
    const titled = await published(practice('fr', 'Barrières de la promenade', 'Des plots en béton.'));
    const found = await liege.searchPractices({ q: 'barrières' });
    expect(found.hits.map((h) => h.id).slice(0, 2)).toEqual([titled, fr]);
    expect(found.hits[0]!.rank).toBeGreaterThan(found.hits[1]!.rank);
    expect(found.hits[1]!.headline).toMatch(/<b>barrière<\/b>/i);
    // A human translation is searched in its language; a machine translation too, labelled apart.
    const translated = await published(
      practice('fr', 'Caméras et médiateurs', 'Des médiateurs accompagnent les patrouilles.', {
        summary: { source: 'fr', texts: { fr: 'Des médiateurs de nuit.', en: 'Night-time mediators walk with the patrols.' }, machine: { de: 'Nachtmediatoren begleiten die Streifen.' } },
      }),
    );
    expect(await ids(liege, 'mediator')).toContain(translated);
    expect(await ids(liege, 'Streife')).toContain(translated);
    const hit = (await liege.searchPractices({ q: 'Streife' })).hits.find((h) => h.id === translated)!;
    expect(hit.summary?.machine).toEqual({ de: 'Nachtmediatoren begleiten die Streifen.' });
    expect(hit.summary?.texts.de).toBeUndefined();
  });

  it('narrows by facets with their counts, each facet counted without its own filter', async () => {
    const beach = await published(practice('en', 'Beach wardens', 'Wardens close the beach access during fireworks.', { placeTypes: ['beach'], functions: ['crowd-management'], country: 'ES', city: 'Xàbia' }));
    const all = await liege.searchPractices({ q: 'wardens' });
    expect(all.hits.map((h) => h.id)).toEqual([beach]);
    expect(all.facets.place).toEqual([{ value: 'beach', count: 1 }]);
    const byCountry = await liege.searchPractices({ facets: { ...noFacets, country: ['ES'] } });
    expect(byCountry.hits.every((h) => h.country === 'ES')).toBe(true);
    // The country facet still counts the other countries (its own filter left out); the others count within Spain.
    expect(byCountry.facets.country!.map((v) => v.value)).toEqual(expect.arrayContaining(['ES', 'FR']));
    const spain = byCountry.facets.country!.find((v) => v.value === 'ES')!.count;
    expect(byCountry.total).toBe(spain);
    expect(byCountry.facets.place!.reduce((n, v) => n + v.count, 0)).toBeGreaterThanOrEqual(spain);
    const both = await liege.searchPractices({ facets: { ...noFacets, country: ['ES', 'IT'] } });
    expect(both.total).toBe(spain + byCountry.facets.country!.find((v) => v.value === 'IT')!.count);
    expect((await liege.searchPractices({ facets: { ...noFacets, year: [2017], place: ['beach'] } })).hits.map((h) => h.id)).toEqual([beach]);
    expect((await liege.searchPractices({ facets: { ...noFacets, language: ['de'] } })).hits.every((h) => h.title.source === 'de' || h.summary?.machine.de !== undefined)).toBe(true);
    // One organisation's practices, for its public page: Nice's beach wardens, none of Xàbia's demo ones.
    const ofNice = await publicReader.searchPractices({ owner: 'nice', limit: 100 });
    expect(ofNice.hits.map((h) => h.id)).toContain(beach);
    expect(ofNice.hits.every((h) => h.ownerName === ofNice.hits[0]!.ownerName)).toBe(true);
    expect((await publicReader.searchPractices({ owner: 'xabia', limit: 100 })).hits.map((h) => h.id)).not.toContain(beach);
    expect(await apiError(publicReader.searchPractices({ owner: 'Not a slug!' }))).toMatchObject({ status: 400 });
  });

  it('keeps network and restricted practices from those they are not for — results and facet counts alike', async () => {
    const network = await published(practice('en', 'Hostile vehicle mitigation register', 'A register of every bollard of the city, shared with the national police.', { confidentiality: 'network', country: 'BE', city: 'Liège' }));
    const restricted = await published(practice('en', 'Control room procedures', 'The control room procedures of the promenade, kept for the police.', { confidentiality: 'restricted', restrictedTo: [orgId('liege')], country: 'LU', city: 'Nice' }));
    const q = 'register or procedures';
    // Liège shares a network with Nice and is named: it sees both.
    expect((await ids(liege, q)).sort()).toEqual([network, restricted].sort());
    // Madrid shares a network but is not named; SDIS 06 is in no network of Nice's; the public sees neither.
    expect(await ids(madrid, q)).toEqual([network]);
    expect(await ids(sdis, q)).toEqual([]);
    expect(await ids(publicReader, q)).toEqual([]);
    for (const [reader, countries] of [[madrid, ['BE']], [sdis, []], [publicReader, []]] as const) {
      const facets = (await reader.searchPractices({ facets: { ...noFacets, country: ['BE', 'LU'] } })).facets;
      expect(facets.country!.filter((v) => v.value === 'BE' || v.value === 'LU').map((v) => v.value)).toEqual(countries);
    }
    expect(await apiError(madrid.getPractice(restricted))).toMatchObject({ status: 404 });
    expect(await apiError(publicReader.getPractice(network))).toMatchObject({ status: 404 });
    expect((await liege.getPractice(restricted)).state).toBe('published');
    // The public reads a public practice, without its history.
    const open = await published(practice('en', 'Open practice', 'Shallow planters along the market street.'));
    const read = await publicReader.getPractice(open);
    expect(read).toMatchObject({ state: 'published', canEdit: false, canReview: false, history: [] });
    expect(await apiError(nice.createPractice({ content: practice('en', 'x', 'y', { confidentiality: 'restricted', restrictedTo: [] }) }))).toMatchObject({ status: 400 });
  });

  it('refuses what is not a practice with a clear error', async () => {
    expect(await apiError(nice.createPractice({ content: { title: { source: 'french', texts: {} } } }))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await apiError(liege.searchPractices({ limit: 1000 }))).toMatchObject({ status: 400 });
    expect(await apiError(publicReader.createPractice({ content: practice('en', 'x', 'y') }))).toMatchObject({ status: 401 });
    // Words a text-search parser might choke on are just words.
    for (const q of ['!', '&&&', "'", ':*', '(((', 'a | b', '-', '"']) expect((await liege.searchPractices({ q })).total).toBeGreaterThanOrEqual(0);
  });
});

/** A one-page PDF as a city's evaluation report would start; a photo with a GPS position. */
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PHOTO = readFileSync(new URL('../../../test/fixtures/photo-gps.jpg', import.meta.url));

describe("a practice's documents", () => {
  it('are attached to a draft by its owner, a photo without its location, and read by whoever reads the practice', async () => {
    const draft = await nice.createPractice({ content: practice('en', 'Temporary barriers', 'Water-filled barriers close the market street on Saturdays.', { confidentiality: 'public' }) });
    const withPdf = await nice.attachToPractice(draft.id, 'evaluation-2024.pdf', PDF);
    const withPhoto = await nice.attachToPractice(draft.id, 'barriers.jpg', PHOTO, 'image/jpeg');
    expect(withPhoto.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['evaluation-2024.pdf', 'application/pdf'],
      ['barriers.jpg', 'image/jpeg'],
    ]);
    const photoId = withPhoto.attachments[1]!.id;
    expect(hasLocation(await nice.practiceAttachment(draft.id, photoId))).toBe(false);
    expect(await apiError(nice.attachToPractice(draft.id, 'notes.txt', new TextEncoder().encode('plain words'), 'application/octet-stream'))).toMatchObject({ status: 415 });
    expect(await apiError(nice.attachToPractice(draft.id, 'notes.txt', PDF, 'text/plain'))).toMatchObject({ status: 415 });
    expect(await apiError(efus.attachToPractice(draft.id, 'x.pdf', PDF))).toMatchObject({ status: 404 });
    expect(await apiError(niceViewer.attachToPractice(draft.id, 'x.pdf', PDF))).toMatchObject({ status: 403 });
    // A draft's documents are its owner's, like the draft.
    expect(await apiError(publicReader.practiceAttachment(draft.id, withPdf.attachments[0]!.id))).toMatchObject({ status: 404 });

    await nice.stepPractice(draft.id, { action: 'submit' });
    expect(await apiError(nice.attachToPractice(draft.id, 'late.pdf', PDF))).toMatchObject({ status: 409, code: 'practice_stage' });
    await efus.stepPractice(draft.id, { action: 'publish', maturity: 'inspiring' });
    expect(Buffer.from(await publicReader.practiceAttachment(draft.id, withPdf.attachments[0]!.id)).toString('latin1')).toMatch(/^%PDF-1\.4/);
    const response = await platform.request(`/api/practices/${draft.id}/attachments/${photoId}`);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="barriers\.jpg"/);
  });

  it('go with their practice, and are refused beyond the limit', async () => {
    const draft = await nice.createPractice({ content: practice('en', 'Network-only plan', 'Closing the promenade in six minutes.', { confidentiality: 'network' }) });
    const { attachments } = await nice.attachToPractice(draft.id, 'plan.pdf', PDF);
    expect((await nice.detachFromPractice(draft.id, attachments[0]!.id)).attachments).toEqual([]);
    expect(await apiError(nice.detachFromPractice(draft.id, attachments[0]!.id))).toMatchObject({ status: 404 });
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(PDF);
    expect(await apiError(nice.attachToPractice(draft.id, 'big.pdf', big))).toMatchObject({ status: 413 });
    const again = await nice.attachToPractice(draft.id, 'plan.pdf', PDF);
    const key = (await platform.database.db.selectFrom('practice_attachments').select('file_key').where('practice_id', '=', draft.id).executeTakeFirstOrThrow()).file_key;
    const files = await FileStore.open(platform.config.filesDir);
    expect(await files.read(key)).not.toBeNull();
    await nice.deletePractice(again.id);
    expect(await files.read(key)).toBeNull();
  });
});


describe("a practice's links", () => {
  it('tie it only to records its organisation may read, and never to itself', async () => {
    const shared = await registerSite(nice, 'breda-grote-markt.osm', 'Grote Markt');
    const tied = await nice.createPractice({ content: { title: { source: 'en', texts: { en: 'Tied' } }, links: { siteIds: [shared.id, shared.id] } } });
    expect(tied.content.links.siteIds).toEqual([shared.id]);
    const unknown = '00000000-0000-4000-8000-000000000001';
    for (const links of [{ siteIds: [unknown] }, { eventIds: [unknown] }, { exerciseActions: [{ exerciseId: unknown, actionId: unknown }] }, { practiceIds: [unknown] }]) {
      const refused = await apiError(nice.createPractice({ content: { title: { source: 'en', texts: { en: 'Tied' } }, links } }));
      expect(refused).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(JSON.stringify(refused.details)).toContain('content.links.');
    }
    // Liège cannot tie its practice to Nice's site.
    expect(await apiError(liege.createPractice({ content: { title: { source: 'en', texts: { en: 'Theirs' } }, links: { siteIds: [shared.id] } } }))).toMatchObject({ status: 400 });
    expect(
      await apiError(nice.updatePractice(tied.id, { revision: tied.revision, content: { ...tied.content, links: { ...tied.content.links, practiceIds: [tied.id] } } })),
    ).toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
