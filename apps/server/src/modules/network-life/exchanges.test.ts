import type { PactesurClient } from '@pactesur/api-client';
import { MAX_EXCHANGE_GUESTS, type Activity, type AddExchangeGuestInput, type SaveActivityInput, type SaveExchangeInput } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { doorOnOutline } from '../../../test/door-on-outline.ts';
import { startNetworkClients, type NetworkClients } from '../../../test/network-clients.ts';
import { registerSite } from '../../../test/register-site.ts';

/**
 * In PACTESUR, Nice leads and Liège is a consortium partner: their editors keep the programme. London and
 * München are associated cities; SDIS 06 is in no network.
 */
let t: NetworkClients;
let liege: PactesurClient;
let niceViewer: PactesurClient;
let orgId: (slug: string) => string;
let exchange: Activity;
let academy: Activity;
let niceEvent = '';

const NETWORK = 'pactesur';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const EXCHANGE: SaveActivityInput = {
  kind: 'exchange',
  title: 'Officer exchange — Carnival of Nice',
  startsOn: '2027-02-13',
  endsOn: '2027-02-28',
  city: 'Nice',
  country: 'FR',
  massEvent: 'Carnival of Nice',
  public: false,
};
const ACADEMY: SaveActivityInput = { kind: 'academy', title: 'Police academy', startsOn: '2027-05-11', endsOn: '2027-05-14', city: 'Nice', country: 'FR' };
const GUEST: AddExchangeGuestInput = { name: 'Officer of the London public-space security team', role: 'Sergeant', arrivesOn: '2027-02-14', leavesOn: '2027-02-17' };

beforeAll(async () => {
  t = await startNetworkClients();
  [liege, niceViewer] = await Promise.all([t.platform.signedIn('admin@liege.example.org'), t.platform.signedIn('viewer@nice.example.org')]);
  const orgs = await t.nice.listOrgs();
  orgId = (slug) => orgs.find((o) => o.slug === slug)!.id;
  exchange = await t.nice.createActivity(NETWORK, EXCHANGE);
  academy = await t.nice.createActivity(NETWORK, ACADEMY);
  // Nice's plan for the Carnival, on a square of its own register.
  const site = await registerSite(t.nice, 'breda-grote-markt.osm', 'Grote Markt');
  const plan = {
    expectedPeak: 500,
    features: [
      { id: 'square', type: 'zone' as const, name: 'Square', polygon: { type: 'Polygon' as const, coordinates: site.outline.coordinates[0]! } },
      { id: 'north', type: 'exit' as const, name: 'North gate', line: doorOnOutline(site.outline, 4, 'north').line, widthM: 4 },
    ],
  };
  niceEvent = (await t.nice.createEvent({ siteId: site.id, name: 'Carnival — parade', startsAt: '2027-02-14T14:00:00+01:00', endsAt: '2027-02-14T18:00:00+01:00', plan })).id;
}, 240_000);
afterAll(() => t?.platform.close());

describe('one activity of a network', () => {
  it('is read by the members, a public one by anyone, a members-only one by no one else', async () => {
    expect(await t.london.getActivity(NETWORK, exchange.id)).toMatchObject({ id: exchange.id, kind: 'exchange', massEvent: 'Carnival of Nice', canManage: false });
    expect((await t.nice.getActivity(NETWORK, exchange.id)).canManage).toBe(true);
    expect(await apiError(t.sdis.getActivity(NETWORK, exchange.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(t.publicReader.getActivity(NETWORK, exchange.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await t.publicReader.getActivity(NETWORK, academy.id)).toMatchObject({ title: ACADEMY.title, registrations: [] });
    expect(await apiError(t.nice.getActivity('pactesur-2', exchange.id))).toMatchObject({ status: 404 });
    expect(await apiError(t.nice.getActivity(NETWORK, UNKNOWN))).toMatchObject({ status: 404 });
    expect(await apiError(t.nice.getActivity(NETWORK, 'not-an-id'))).toMatchObject({ status: 404 });
  });
});

describe('an exchange of officers', () => {
  const save = (over: Partial<SaveExchangeInput> = {}): SaveExchangeInput => ({
    hostOrgId: orgId('nice'),
    objectives: 'See how the parades are secured: perimeters, vehicle barriers, the control room.',
    programme: 'Day 1: briefing at the control room. Day 2: patrols on the parade route. Day 3: debrief.',
    ...over,
  });

  it('is written first by those who run the programme, only for an activity of kind exchange, with a host of the network', async () => {
    expect(await apiError(t.nice.getExchange(NETWORK, exchange.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(t.london.saveExchange(NETWORK, exchange.id, save()))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(niceViewer.saveExchange(NETWORK, exchange.id, save()))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(t.sdis.saveExchange(NETWORK, exchange.id, save()))).toMatchObject({ status: 404, code: 'not_found' });
    const kind = await apiError(t.nice.saveExchange(NETWORK, academy.id, save()));
    expect(kind).toMatchObject({ status: 409, code: 'conflict', message: expect.stringContaining('exchange') as string });
    const host = await apiError(t.nice.saveExchange(NETWORK, exchange.id, save({ hostOrgId: orgId('sdis-06') })));
    expect(host).toMatchObject({ status: 400, code: 'validation_failed', details: [{ path: 'hostOrgId' }] });
    expect(await apiError(t.nice.saveExchange(NETWORK, exchange.id, save({ hostOrgId: UNKNOWN })))).toMatchObject({ status: 400, code: 'validation_failed' });

    const saved = await t.nice.saveExchange(NETWORK, exchange.id, save({ eventId: niceEvent }));
    expect(saved).toMatchObject({ activityId: exchange.id, hostOrgId: orgId('nice'), hostName: 'Ville de Nice', eventId: niceEvent, guests: [], canEdit: true, canAddGuests: false });
  });

  it('shows the link to the event plan to the host’s readers only, and keeps it when someone else edits', async () => {
    expect(await niceViewer.getExchange(NETWORK, exchange.id)).toMatchObject({ eventId: niceEvent, canEdit: false, canAddGuests: false });
    expect(await t.london.getExchange(NETWORK, exchange.id)).toMatchObject({ eventId: null, canEdit: false, canAddGuests: true, objectives: save().objectives });
    expect(await liege.getExchange(NETWORK, exchange.id)).toMatchObject({ eventId: null, canEdit: true, canAddGuests: true });
    // Liège runs the programme too: it edits the exchange, without seeing or losing Nice's link.
    const edited = await liege.saveExchange(NETWORK, exchange.id, save({ report: 'Three lessons for our own festivals.' }));
    expect(edited).toMatchObject({ eventId: null, report: 'Three lessons for our own festivals.' });
    expect((await t.nice.getExchange(NETWORK, exchange.id)).eventId).toBe(niceEvent);
    // Only the host ties a plan, and only one it can read.
    expect(await apiError(liege.saveExchange(NETWORK, exchange.id, save({ eventId: niceEvent })))).toMatchObject({ status: 400, code: 'validation_failed', details: [{ path: 'eventId' }] });
    expect(await apiError(t.nice.saveExchange(NETWORK, exchange.id, save({ eventId: UNKNOWN })))).toMatchObject({ status: 400, code: 'validation_failed', details: [{ path: 'eventId' }] });
    expect((await t.nice.getExchange(NETWORK, exchange.id)).eventId).toBe(niceEvent);
    // The host unties it by saving without it.
    expect((await t.nice.saveExchange(NETWORK, exchange.id, save({ eventId: null }))).eventId).toBeNull();
    await t.nice.saveExchange(NETWORK, exchange.id, save({ eventId: niceEvent }));
  });

  it('is never read by the public nor by an organisation outside the network', async () => {
    expect(await apiError(t.publicReader.getExchange(NETWORK, exchange.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(t.sdis.getExchange(NETWORK, exchange.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(t.nice.getExchange(NETWORK, academy.id))).toMatchObject({ status: 404 });
    const raw = await t.platform.request(`/api/networks/${NETWORK}/activities/${exchange.id}/exchange`);
    expect(raw.status).toBe(404);
    expect(await raw.text()).not.toContain('control room');
  });

  it('takes the officers the other members send, for days within the exchange', async () => {
    const outside = await apiError(t.london.addExchangeGuest(NETWORK, exchange.id, { ...GUEST, arrivesOn: '2027-02-10' }));
    expect(outside).toMatchObject({ status: 400, code: 'validation_failed', details: [{ path: 'arrivesOn' }] });
    expect(await apiError(t.london.addExchangeGuest(NETWORK, exchange.id, { ...GUEST, leavesOn: '2027-03-01' }))).toMatchObject({ status: 400, details: [{ path: 'leavesOn' }] });
    expect(await apiError(t.london.addExchangeGuest(NETWORK, exchange.id, { ...GUEST, leavesOn: '2027-02-13' }))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await apiError(t.london.addExchangeGuest(NETWORK, exchange.id, { ...GUEST, name: ' ' }))).toMatchObject({ status: 400 });
    expect(await apiError(t.nice.addExchangeGuest(NETWORK, exchange.id, GUEST))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(niceViewer.addExchangeGuest(NETWORK, exchange.id, GUEST))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(t.sdis.addExchangeGuest(NETWORK, exchange.id, GUEST))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(t.london.addExchangeGuest(NETWORK, academy.id, GUEST))).toMatchObject({ status: 404 });

    const withLondon = await t.london.addExchangeGuest(NETWORK, exchange.id, GUEST);
    expect(withLondon.guests).toEqual([{ id: expect.any(String) as string, orgId: orgId('london'), orgName: expect.stringContaining('London') as string, ...GUEST, canRemove: true }]);
    const munich = await t.munich.addExchangeGuest(NETWORK, exchange.id, { name: 'Officer of the München municipal police', arrivesOn: '2027-02-13', leavesOn: '2027-02-28' });
    expect(munich.guests.map((g) => [g.name, g.role, g.canRemove])).toEqual([
      ['Officer of the München municipal police', '', true],
      [GUEST.name, GUEST.role, false],
    ]);
    // The host and those who run the programme may withdraw any guest; a viewer none.
    expect((await t.nice.getExchange(NETWORK, exchange.id)).guests.every((g) => g.canRemove)).toBe(true);
    expect((await liege.getExchange(NETWORK, exchange.id)).guests.every((g) => g.canRemove)).toBe(true);
    expect((await niceViewer.getExchange(NETWORK, exchange.id)).guests.map((g) => [g.name, g.canRemove])).toEqual([
      ['Officer of the München municipal police', false],
      [GUEST.name, false],
    ]);
  });

  it('lets a guest be withdrawn by their organisation, the host or those who run the programme, and no one else', async () => {
    const { guests } = await t.nice.getExchange(NETWORK, exchange.id);
    const ofLondon = guests.find((g) => g.name === GUEST.name)!;
    const ofMunich = guests.find((g) => g.name !== GUEST.name)!;
    expect(await apiError(t.munich.removeExchangeGuest(NETWORK, exchange.id, ofLondon.id))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(niceViewer.removeExchangeGuest(NETWORK, exchange.id, ofLondon.id))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(t.sdis.removeExchangeGuest(NETWORK, exchange.id, ofLondon.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(t.london.removeExchangeGuest(NETWORK, exchange.id, UNKNOWN))).toMatchObject({ status: 404, code: 'not_found' });
    expect((await t.london.removeExchangeGuest(NETWORK, exchange.id, ofLondon.id)).guests.map((g) => g.id)).toEqual([ofMunich.id]);
    expect((await t.nice.removeExchangeGuest(NETWORK, exchange.id, ofMunich.id)).guests).toEqual([]);
    const again = await t.london.addExchangeGuest(NETWORK, exchange.id, GUEST);
    expect((await liege.removeExchangeGuest(NETWORK, exchange.id, again.guests[0]!.id)).guests).toEqual([]);
  });

  it(`receives at most ${MAX_EXCHANGE_GUESTS} guests`, async () => {
    for (let i = 0; i < MAX_EXCHANGE_GUESTS; i++) await t.london.addExchangeGuest(NETWORK, exchange.id, { ...GUEST, name: `Officer ${i + 1}` });
    expect(await apiError(t.munich.addExchangeGuest(NETWORK, exchange.id, GUEST))).toMatchObject({ status: 409, code: 'conflict' });
    expect((await t.nice.getExchange(NETWORK, exchange.id)).guests).toHaveLength(MAX_EXCHANGE_GUESTS);
  });

  it('passes to a new host, whose editors then keep it; the former host’s plan is untied', async () => {
    const moved = await t.nice.saveExchange(NETWORK, exchange.id, save({ hostOrgId: orgId('london') }));
    expect(moved).toMatchObject({ hostName: expect.stringContaining('London') as string, eventId: null, canEdit: true, canAddGuests: true });
    const asHost = await t.london.saveExchange(NETWORK, exchange.id, save({ hostOrgId: orgId('london'), report: 'Written by the host.' }));
    expect(asHost).toMatchObject({ report: 'Written by the host.', canEdit: true, canAddGuests: false });
    // The host keeps the record but does not hand it on: the network's managers choose the host.
    expect(await apiError(t.london.saveExchange(NETWORK, exchange.id, save({ hostOrgId: orgId('munich') })))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await apiError(t.munich.saveExchange(NETWORK, exchange.id, save({ hostOrgId: orgId('munich') })))).toMatchObject({ status: 403 });
    const raw = await t.platform.database.db.selectFrom('activity_exchanges').select('event_id').where('activity_id', '=', exchange.id).executeTakeFirstOrThrow();
    expect(raw.event_id).toBeNull();
  });

  it('is audited as a change of the network, without the guests’ names', async () => {
    const { entries } = await t.nice.audit({ action: 'network-change', limit: 500 });
    const details = entries.filter((e) => e.detail?.startsWith(`exchange ${exchange.id}`)).map((e) => e.detail!.replace(/[0-9a-f-]{36}/g, 'ID'));
    expect(details).toEqual(expect.arrayContaining(['exchange ID created', 'exchange ID updated', 'exchange ID guest ID added', 'exchange ID guest ID withdrawn']));
    expect(JSON.stringify(entries)).not.toContain(GUEST.name);
  });

  it('goes with its activity', async () => {
    await t.nice.deleteActivity(NETWORK, exchange.id);
    const left = await t.platform.database.db.selectFrom('exchange_guests').select('id').where('activity_id', '=', exchange.id).execute();
    expect(left).toEqual([]);
    expect(await apiError(t.nice.getExchange(NETWORK, exchange.id))).toMatchObject({ status: 404 });
  });
});
