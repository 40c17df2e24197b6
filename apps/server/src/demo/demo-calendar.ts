import type { PactesurClient } from '@pactesur/api-client';
import type { ActivityKind, SaveActivityInput } from '@pactesur/contracts';
import { demoNetworks } from './network-file.ts';
import { DEMO_PASSWORD } from './seed.ts';

/** Who keeps the networks' programme in the demo: Nice leads both. */
const LEAD = 'admin@nice.example.org';

/** The kind of an activity from the words of the programme. */
function kindOf(words: string): ActivityKind {
  const w = words.toLowerCase();
  if (w.includes('exchange')) return 'exchange';
  if (w.includes('academy')) return 'academy';
  if (w.includes('workshop')) return 'workshop';
  if (w.includes('conference') || w.includes('final event')) return 'conference';
  if (w.includes('field visit')) return 'field-visit';
  return 'meeting';
}

const lastDay = (year: number, month: number): string => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The first and last day of a programme's date (a day, a month or a year) and how precise it is. */
export function daysOf(date: string, end?: string): Pick<SaveActivityInput, 'startsOn' | 'endsOn' | 'precision'> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { startsOn: date, endsOn: end ?? date, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return { startsOn: `${date}-01`, endsOn: lastDay(y, m), precision: 'month' };
  }
  if (/^\d{4}$/.test(date)) return { startsOn: `${date}-01-01`, endsOn: `${date}-12-31`, precision: 'year' };
  throw new Error(`not a date of the programme: ${date}`);
}

/** The programme of each demo network as activities: its meetings, academies, workshops and exchanges. */
export function demoActivities(): { network: string; activity: SaveActivityInput }[] {
  return demoNetworks.networks.flatMap((n) =>
    n.events.map((e) => {
      const place = e.place ? demoNetworks.organisations[e.place] : undefined;
      const city = place?.name.replace(/^(Ville de |City of |Comune di |Ayuntamiento de |Ajuntament de )/, '').replace(/ \(.*\)$/, '') ?? '';
      const massEvent = /during a mass event: (.+)$/.exec(e.kind)?.[1] ?? '';
      const title = e.kind.charAt(0).toUpperCase() + e.kind.slice(1);
      return {
        network: n.id,
        activity: {
          kind: kindOf(e.kind),
          title: city ? `${title} — ${city}` : title,
          description: e.note ?? '',
          ...daysOf(e.date, e.end),
          city,
          country: place?.country ?? null,
          location: place?.at ?? null,
          massEvent,
          public: true,
        },
      };
    }),
  );
}

/**
 * Fills the demo networks' calendars from their programme, as their lead would, through the API; a
 * network whose calendar already has activities is left alone. Returns how many were written.
 */
export async function writeDemoCalendar(api: PactesurClient): Promise<number> {
  const lead = api.another();
  await lead.signIn({ email: LEAD, password: DEMO_PASSWORD });
  let written = 0;
  const filled = new Map<string, boolean>();
  for (const { network, activity } of demoActivities()) {
    if (!filled.has(network)) filled.set(network, (await lead.listActivities(network)).length > 0);
    if (filled.get(network)) continue;
    await lead.createActivity(network, activity);
    written += 1;
  }
  return written;
}
