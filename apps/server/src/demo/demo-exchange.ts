import { ApiError, type PactesurClient } from '@pactesur/api-client';
import type { AddExchangeGuestInput, SaveExchangeInput } from '@pactesur/contracts';
import { DEMO_PASSWORD } from './seed.ts';

/** The mass event of the exchange, as the programme names it (`pactesur-network.json`). */
const MASS_EVENT = 'Carnival of Nice';

/**
 * PACTESUR 2's officer exchange during the Carnival of Nice, 15–19 February 2024, hosted by Nice. A demo
 * record: the dates, the host and the aims are the programme's (cooperation among the network's local
 * police forces, the officers exchanged during international events); the day-by-day programme is the
 * demo's own, and the guests are roles, not real people.
 */
export const DEMO_EXCHANGE: Omit<SaveExchangeInput, 'hostOrgId'> = {
  objectives:
    'Officers of the network’s local police forces see how Nice secures the Carnival’s parades on the Place Masséna and the Promenade des Anglais: the perimeter and its screening points, the vehicle barriers on the approaches, the control room and its cameras, the cooperation of the municipal police with the national police, the fire and rescue service and the event’s stewards. They take back what their own mass events can use, and bring what their cities do. Demo record written from the PACTESUR 2 programme.',
  programme: [
    'Day 1 — Welcome by the municipal police of Nice; the Carnival’s security plan and its vulnerability assessment; walk of the perimeter before the opening.',
    'Day 2 — The parade of lights from the control room: cameras, radio, the decisions of the evening.',
    'Day 3 — With the patrols at the screening points and the vehicle barriers of the Promenade des Anglais during the parade of flowers.',
    'Day 4 — The crowd’s arrival and departure with the transport operator and the national police.',
    'Day 5 — Debrief with the host: what each city takes back; the report to the network.',
  ].join('\n'),
  report: '',
};

/** The guests of the demo exchange: an editor of each member city, and the role of the officer it sends. */
const DEMO_GUESTS: ReadonlyArray<{ account: string; guest: AddExchangeGuestInput }> = [
  {
    account: 'admin@liege.example.org',
    guest: { name: 'Officer of the Liège local police (demo)', role: 'Inspector, public order and events', arrivesOn: '2024-02-15', leavesOn: '2024-02-19' },
  },
  {
    account: 'admin@madrid.example.org',
    guest: { name: 'Officer of the Policía Municipal de Madrid (demo)', role: 'Sergeant, central security unit', arrivesOn: '2024-02-16', leavesOn: '2024-02-19' },
  },
];

/**
 * Writes the exchange of the Carnival of Nice on PACTESUR 2's calendar, as its lead would, and the officers
 * two member cities send to it; an exchange already written is left alone. Returns how many were written.
 */
export async function writeDemoExchange(api: PactesurClient): Promise<number> {
  const lead = api.another();
  await lead.signIn({ email: 'admin@nice.example.org', password: DEMO_PASSWORD });
  const activity = (await lead.listActivities('pactesur-2')).find((a) => a.kind === 'exchange' && a.massEvent === MASS_EVENT);
  if (!activity) return 0;
  const present = await lead.getExchange('pactesur-2', activity.id).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return false;
      throw error;
    },
  );
  if (present) return 0;
  const nice = (await lead.listOrgs()).find((o) => o.slug === 'nice');
  if (!nice) return 0;
  await lead.saveExchange('pactesur-2', activity.id, { ...DEMO_EXCHANGE, hostOrgId: nice.id });
  for (const { account, guest } of DEMO_GUESTS) {
    const member = api.another();
    await member.signIn({ email: account, password: DEMO_PASSWORD });
    await member.addExchangeGuest('pactesur-2', activity.id, guest);
  }
  return 1;
}
