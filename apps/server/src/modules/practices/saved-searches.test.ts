/**
 * Saved searches that notify (ADR 0026), over a listening server so the users' channels are real sockets:
 * a practice published later is announced once to each user whose saved search now finds it — never one
 * their organisation may not read — and the workflow's steps reach the practice's authors.
 */
import { RealtimeClient, type PactesurClient } from '@pactesur/api-client';
import type { NotificationNews, PracticeContentInput, SavedSearch } from '@pactesur/contracts';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { signedInOverHttp } from '../../../test/signed-in-over-http.ts';
import { waitFor } from '../../../test/wait-for.ts';

/** Waits until `holds` says yes. */
const until = (holds: () => boolean) => waitFor(() => Promise.resolve(holds()), Boolean);
import { listen, type Listening } from '../../listen.ts';

let platform: TestPlatform;
let server: Listening;
let nice: PactesurClient;
let efus: PactesurClient;
let liege: PactesurClient;
let madrid: PactesurClient;
let orgId: (slug: string) => string;

beforeAll(async () => {
  platform = await startTestPlatform();
  server = await listen(platform, '127.0.0.1', 0);
  const [a, b, c, d] = await Promise.all(
    ['editor@nice.example.org', 'coordinator@efus.example.org', 'admin@liege.example.org', 'admin@madrid.example.org'].map((e) => signedInOverHttp(server.url, e)),
  );
  [nice, efus, liege, madrid] = [a!, b!, c!, d!];
  const orgs = await nice.listOrgs();
  orgId = (slug) => orgs.find((o) => o.slug === slug)!.id;
}, 240_000);
afterAll(async () => {
  await server?.close();
  await platform?.close();
});

const long = (text: string) => `${text} ${'Prepared with the police, the fire brigade and the residents, then tested on a busy day. '.repeat(2)}`;

/** A French practice meeting the four minimum criteria, with `words` in its method. */
function practice(title: string, words: string, over: Partial<PracticeContentInput> = {}): PracticeContentInput {
  const t = (text: string) => ({ source: 'fr', texts: { fr: text } });
  return {
    title: t(title),
    summary: t(title),
    city: 'Nice',
    country: 'FR',
    confidentiality: 'network',
    contact: 'Direction de la sécurité urbaine',
    costBand: '100k-1m',
    problem: t(long('Des véhicules pouvaient atteindre la foule sur la promenade.')),
    threats: ['vehicle-ramming'],
    placeTypes: ['promenade'],
    objectives: t('Arrêter un véhicule lourd avant la foule.'),
    method: t(long(words)),
    functions: ['security-by-design'],
    solutionTypes: ['equipment'],
    evaluation: 'outcome',
    results: t('Aucun véhicule n’est entré dans la zone piétonne pendant 40 événements.'),
    conditions: t(long('Une rue assez large pour des fondations profondes.')),
    ...over,
  };
}

/** Writes a practice as Nice and has it published by the network's coordinator. */
async function published(content: PracticeContentInput): Promise<string> {
  const p = await nice.createPractice({ content });
  await nice.stepPractice(p.id, { action: 'submit' });
  await efus.stepPractice(p.id, { action: 'publish', maturity: 'peer-reviewed' });
  return p.id;
}

/** The user's channel, followed over a real socket: the news it carried. */
function follow(client: PactesurClient, userId: string) {
  const news: NotificationNews[] = [];
  let refused: string | null = null;
  let subscribed = false;
  const socket = new RealtimeClient({ url: `${server.url.replace(/^http/, 'ws')}/api/realtime`, WebSocket, cookies: () => client.transport.cookieHeader() });
  socket.subscribe(`user:${userId}`, {
    message: (payload) => news.push(payload as NotificationNews),
    subscribed: () => (subscribed = true),
    refused: (code) => (refused = code),
  });
  return { news, refused: () => refused, subscribed: () => subscribed, close: () => socket.close() };
}

const search = (q: string) => ({ q, facets: {} });

describe('saved searches of practices', () => {
  let barriers: SavedSearch;

  it('announces a practice published later that the search finds, once, on the user’s own channel; not the ones it found when saved', async () => {
    const before = await published(practice('Bornes du quai', 'Des barrières anti-bélier escamotables protègent le quai.'));
    barriers = await liege.saveSearch({ name: 'Barrières', search: search('barrières') });
    expect(barriers).toMatchObject({ name: 'Barrières', notify: true, matches: 0, lastMatchAt: null });
    const quiet = await liege.saveSearch({ name: 'Barrières, sans alerte', search: search('barrière'), notify: false });
    const me = await liege.me();
    const channel = follow(liege, me.id);
    await until(() => channel.subscribed());
    const unreadBefore = (await liege.notifications()).unread;

    const later = await published(practice('Barrière du marché', 'Une barrière mobile ferme le marché aux véhicules pendant les fêtes.'));
    await until(() => channel.news.some((n) => n.type === 'notification'));
    const inbox = await liege.notifications({ unread: true });
    expect(inbox.unread).toBe(unreadBefore + 1);
    const item = inbox.items[0]!;
    expect(channel.news.filter((n) => n.type === 'notification')).toEqual([{ type: 'notification', id: item.id }]);
    expect(item.subject).toEqual({
      kind: 'practice-match',
      practiceId: later,
      title: { source: 'fr', texts: { fr: 'Barrière du marché' }, machine: {} },
      searchId: barriers.id,
      searchName: 'Barrières',
    });
    expect(item.orgName).toBe('Ville de Liège');
    expect(inbox.items.map((n) => n.subject).filter((s) => s.kind === 'practice-match' && s.practiceId === before)).toEqual([]);

    const saved = await liege.listSavedSearches();
    expect(saved.find((s) => s.id === barriers.id)).toMatchObject({ matches: 1 });
    expect(saved.find((s) => s.id === quiet.id)).toMatchObject({ matches: 1, notify: false });
    expect(saved.find((s) => s.id === quiet.id)?.lastMatchAt).not.toBeNull();

    // Published again after a return to draft: already met, not announced twice.
    await nice.stepPractice(later, { action: 'unpublish', note: 'Une photo à changer.' });
    await nice.stepPractice(later, { action: 'submit' });
    await efus.stepPractice(later, { action: 'publish', maturity: 'peer-reviewed' });
    expect((await liege.notifications({ unread: true })).unread).toBe(unreadBefore + 1);
    expect((await liege.listSavedSearches()).find((s) => s.id === barriers.id)?.matches).toBe(1);

    // Marking read is told on the channel too, with what is left unread.
    const read = await liege.markNotificationsRead({ ids: [item.id] });
    expect(read.unread).toBe(unreadBefore);
    expect(read.items.find((n) => n.id === item.id)?.readAt).not.toBeNull();
    await until(() => channel.news.some((n) => n.type === 'read'));
    expect(channel.news.at(-1)).toEqual({ type: 'read', unread: unreadBefore });
    channel.close();
  });

  it('never announces a practice the search’s organisation may not read, and announces it to one that may', async () => {
    const madridSearch = await madrid.saveSearch({ name: 'Câbles', search: search('câbles') });
    const liegeSearch = await liege.saveSearch({ name: 'Câbles', search: search('câbles') });
    const id = await published(
      practice('Câbles anti-intrusion', 'Des câbles anti-intrusion tendus entre les bornes arrêtent un camion.', { confidentiality: 'restricted', restrictedTo: [orgId('madrid')] }),
    );
    const madridInbox = await madrid.notifications();
    expect(madridInbox.items.some((n) => n.subject.kind === 'practice-match' && n.subject.practiceId === id && n.subject.searchId === madridSearch.id)).toBe(true);
    const liegeInbox = await liege.notifications();
    expect(liegeInbox.items.some((n) => n.subject.kind === 'practice-match' && n.subject.practiceId === id)).toBe(false);
    expect((await liege.listSavedSearches()).find((s) => s.id === liegeSearch.id)?.matches).toBe(0);
  });

  it('narrows by facets as the search does', async () => {
    const beaches = await liege.saveSearch({ name: 'Plages', search: { q: '', facets: { place: ['beach'] } } });
    await published(practice('Accès à la promenade', 'Des jardinières bloquent les accès.'));
    const beach = await published(practice('Accès à la plage', 'Des rochers bloquent la plage.', { placeTypes: ['beach'] }));
    const subjects = (await liege.notifications()).items.map((n) => n.subject).filter((s) => s.kind === 'practice-match' && s.searchId === beaches.id);
    expect(subjects.map((s) => s.kind === 'practice-match' && s.practiceId)).toEqual([beach]);
  });

  it('tells a practice’s authors what its reviewer did, with the note', async () => {
    const draft = await nice.createPractice({ content: practice('Vidéoprotection du parvis', 'Des caméras couvrent le parvis.') });
    await nice.stepPractice(draft.id, { action: 'submit' });
    await efus.stepPractice(draft.id, { action: 'return', note: 'Précisez l’évaluation.' });
    const inbox = await nice.notifications({ unread: true });
    expect(inbox.items[0]?.subject).toMatchObject({ kind: 'practice-step', practiceId: draft.id, action: 'returned', byOrgName: 'European Forum for Urban Security (Efus)', note: 'Précisez l’évaluation.' });
  });

  it('keeps each user’s searches and notifications their own', async () => {
    expect(await apiError(madrid.updateSavedSearch(barriers.id, { name: 'Mine', search: search('x') }))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(madrid.deleteSavedSearch(barriers.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect((await madrid.listSavedSearches()).some((s) => s.id === barriers.id)).toBe(false);
    const liegeItem = (await liege.notifications()).items[0]!;
    const marked = await madrid.markNotificationsRead({ ids: [liegeItem.id] });
    expect(marked.items.some((n) => n.id === liegeItem.id)).toBe(false);
    expect((await liege.notifications()).items[0]?.readAt).toBe(liegeItem.readAt);
    // Another user's channel is refused, as if it did not exist.
    const me = await liege.me();
    const spy = follow(madrid, me.id);
    await until(() => spy.refused() !== null);
    expect(spy.refused()).toBe('not_found');
    spy.close();
    const anonymous = platform.client();
    expect(await apiError(anonymous.listSavedSearches())).toMatchObject({ status: 401 });
    expect(await apiError(anonymous.notifications())).toMatchObject({ status: 401 });
  });

  it('refuses bad input with a named field, and a 51st search', async () => {
    expect(await apiError(liege.saveSearch({ name: ' ', search: search('x') }))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await apiError(liege.saveSearch({ name: 'x', search: { q: 'x', facets: { place: ['moon'] } } as never }))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await apiError(liege.markNotificationsRead({ ids: [] }))).toMatchObject({ status: 400, code: 'validation_failed' });
    const have = (await liege.listSavedSearches()).length;
    for (let i = have; i < 50; i++) await liege.saveSearch({ name: `Search ${i}`, search: search(`mot${i}`), notify: false });
    expect(await apiError(liege.saveSearch({ name: 'One too many', search: search('x') }))).toMatchObject({ status: 409, code: 'conflict' });
    // A changed search starts from what it finds now.
    const first = (await liege.listSavedSearches())[0]!;
    const changed = await liege.updateSavedSearch(first.id, { name: 'Renamed', search: search('fondations'), notify: true });
    expect(changed).toMatchObject({ name: 'Renamed', matches: 0, search: { q: 'fondations' } });
  });
});
