import type { SaveActivityInput } from '@pactesur/contracts';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startNetworkClients, type NetworkClients } from '../../../test/network-clients.ts';

let t: NetworkClients;

beforeAll(async () => {
  t = await startNetworkClients();
}, 240_000);
afterAll(() => t?.platform.close());

const ACADEMY: SaveActivityInput = {
  kind: 'academy',
  title: 'Police academy — public space security',
  description: 'Four days with the municipal police of Nice: vulnerability assessment, security by design, crisis communication.',
  startsOn: '2027-05-11',
  endsOn: '2027-05-14',
  city: 'Nice',
  country: 'FR',
  location: [7.2619, 43.7034],
  places: 30,
};
const EXCHANGE: SaveActivityInput = {
  kind: 'exchange',
  title: 'Officer exchange, Nice, Carnival',
  startsOn: '2027-02-13',
  endsOn: '2027-02-28',
  city: 'Nice',
  country: 'FR',
  massEvent: 'Carnival of Nice',
  public: false,
  places: 8,
};
const WORKSHOP: SaveActivityInput = { kind: 'workshop', title: 'Public–private security workshop; annual meeting', startsOn: '2027-06-01', endsOn: '2027-06-30', precision: 'month', city: 'Liège, Belgium', country: 'BE' };

/** The events of an iCalendar text as a standard reader (ical.js) reads them. */
function readCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return root.getAllSubcomponents('vevent').map((e) => ({
    summary: String(e.getFirstPropertyValue('summary')),
    start: String(e.getFirstPropertyValue('dtstart')),
    end: String(e.getFirstPropertyValue('dtend')),
    location: String(e.getFirstPropertyValue('location')),
    status: String(e.getFirstPropertyValue('status')),
    categories: e.getFirstProperty('categories')?.getValues().map(String) ?? [],
  }));
}

describe("a network's calendar", () => {
  it('is kept by its lead, read by its members, and its public part by anyone', async () => {
    const academy = await t.nice.createActivity('pactesur', ACADEMY);
    await t.nice.createActivity('pactesur', EXCHANGE);
    await t.nice.createActivity('pactesur', WORKSHOP);
    expect(academy).toMatchObject({ kind: 'academy', startsOn: '2027-05-11', endsOn: '2027-05-14', taken: 0, mine: null, canManage: true });
    // London is an associated city: it reads everything, keeps nothing.
    const seen = await t.london.listActivities('pactesur');
    expect(seen.map((a) => a.title)).toEqual([EXCHANGE.title, ACADEMY.title, WORKSHOP.title]);
    expect(seen.every((a) => !a.canManage)).toBe(true);
    expect(await apiError(t.london.createActivity('pactesur', ACADEMY))).toMatchObject({ status: 403 });
    expect(await apiError(t.london.deleteActivity('pactesur', academy.id))).toMatchObject({ status: 403 });
    // SDIS 06 is in no network, the public has no account: the public activities only.
    expect((await t.sdis.listActivities('pactesur')).map((a) => a.title)).toEqual([ACADEMY.title, WORKSHOP.title]);
    expect((await t.publicReader.listActivities('pactesur')).map((a) => a.title)).toEqual([ACADEMY.title, WORKSHOP.title]);
    expect(await apiError(t.publicReader.listActivities('no-such-network'))).toMatchObject({ status: 404 });
    expect(await apiError(t.nice.createActivity('pactesur', { ...ACADEMY, endsOn: '2027-05-01' }))).toMatchObject({ status: 400 });
  });

  it('takes registrations within the places left, and shows them to those who run the programme', async () => {
    const [academy] = (await t.nice.listActivities('pactesur')).filter((a) => a.kind === 'academy');
    const mine = await t.london.registerToActivity('pactesur', academy!.id, { people: 20 });
    expect(mine).toMatchObject({ taken: 20, mine: { people: 20 }, registrations: [] });
    expect(await apiError(t.munich.registerToActivity('pactesur', academy!.id, { people: 15 }))).toMatchObject({ status: 409, code: 'conflict' });
    await t.london.registerToActivity('pactesur', academy!.id, { people: 10 });
    expect((await t.munich.registerToActivity('pactesur', academy!.id, { people: 15 })).taken).toBe(25);
    expect(await apiError(t.sdis.registerToActivity('pactesur', academy!.id, { people: 1 }))).toMatchObject({ status: 403 });
    expect(await apiError(t.london.registerToActivity('pactesur', academy!.id, { people: 0 }))).toMatchObject({ status: 400 });
    const kept = (await t.nice.listActivities('pactesur')).find((a) => a.id === academy!.id)!;
    expect(kept.registrations.map((r) => [r.orgName, r.people])).toEqual([
      [expect.stringContaining('London') as string, 10],
      [expect.stringContaining('München') as string, 15],
    ]);
    expect((await t.london.unregisterFromActivity('pactesur', academy!.id)).taken).toBe(15);
  });

  it('is exported as iCalendar that a standard reader parses: every activity with its dates and place, the public part for the public', async () => {
    const members = readCalendar(await t.london.networkCalendar('pactesur'));
    expect(members.map((e) => e.summary)).toEqual([EXCHANGE.title, ACADEMY.title, `${WORKSHOP.title} (2027-06, dates to be confirmed)`]);
    expect(members[1]).toMatchObject({ start: '2027-05-11', end: '2027-05-15', location: 'Nice, FR', status: 'CONFIRMED', categories: ['academy'] });
    expect(members[2]).toMatchObject({ start: '2027-06-01', end: '2027-07-01', location: 'Liège, Belgium, BE', status: 'TENTATIVE' });
    const open = await t.platform.request('/api/networks/pactesur/calendar.ics');
    expect(open.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(readCalendar(await open.text()).map((e) => e.summary)).toEqual([ACADEMY.title, `${WORKSHOP.title} (2027-06, dates to be confirmed)`]);
  });
});
