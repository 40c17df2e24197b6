import type { Activity, Registration, SaveActivity } from '@pactesur/contracts';
import { writeCalendar, type CalendarEvent } from '@pactesur/knowledge';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { ActivityRepository, ActivityRow } from './activity-repository.ts';
import type { NetworkReader } from '../../services/network-reader.ts';

/**
 * The life of a network (KNOWLEDGE.md): its activities on one calendar. Its members read all of them;
 * others, and the public without an account, read the public ones (title, dates, place). The lead and
 * consortium partners' editors keep the programme and see who registered; a member organisation's editors
 * register it, within the places left. The calendar is also iCalendar at a stable address.
 */
export class ActivityService {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly networks: NetworkReader,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor | null, slug: string): Promise<Activity[]> {
    const { network, member, manager } = await this.networks.read(actor, slug);
    const rows = await this.activities.list(network.id, !member);
    return this.views(actor, rows, manager);
  }

  /** One activity: a member reads any, anyone else (the public too) a public one; the others are `not_found`. */
  async get(actor: Actor | null, slug: string, id: string): Promise<Activity> {
    const { network, member, manager } = await this.networks.read(actor, slug);
    const [view] = await this.views(actor, await this.activities.list(network.id, !member, id), manager);
    if (!view) throw new AppError('not_found');
    return view;
  }

  async create(actor: Actor, slug: string, input: SaveActivity): Promise<Activity> {
    const { network, editor } = await this.networks.asManager(actor, slug, 'The programme is');
    const id = await this.activities.insert(network.id, editor.userId, input);
    return this.one(actor, slug, id);
  }

  async update(actor: Actor, slug: string, id: string, input: SaveActivity): Promise<Activity> {
    const { network } = await this.networks.asManager(actor, slug, 'The programme is');
    if (!(await this.activities.update(network.id, id, input))) throw new AppError('not_found');
    return this.one(actor, slug, id);
  }

  async delete(actor: Actor, slug: string, id: string): Promise<void> {
    const { network } = await this.networks.asManager(actor, slug, 'The programme is');
    if (!(await this.activities.delete(network.id, id))) throw new AppError('not_found');
  }

  /** Registers the actor's organisation (a member) with `people` people, or changes how many. */
  async register(actor: Actor, slug: string, id: string, people: number): Promise<Activity> {
    const editor = requireRole(actor, 'editor');
    const { network, member } = await this.networks.read(actor, slug);
    if (!member) throw new AppError('forbidden', 'The organisations of the network register to its activities.');
    const [activity] = await this.activities.list(network.id, false, id);
    if (!activity) throw new AppError('not_found');
    if (activity.places === null) throw new AppError('conflict', 'This activity takes no registrations.');
    const outcome = await this.access.inTransaction((trx) => this.activities.register(id, editor.orgId, editor.userId, people, trx));
    if (outcome === 'gone') throw new AppError('not_found');
    if (outcome === 'full') throw new AppError('conflict', 'Not enough places are left for so many people.');
    return this.one(actor, slug, id);
  }

  async unregister(actor: Actor, slug: string, id: string): Promise<Activity> {
    const editor = requireRole(actor, 'editor');
    const { member } = await this.networks.read(actor, slug);
    if (!member) throw new AppError('forbidden');
    await this.activities.unregister(id, editor.orgId);
    return this.one(actor, slug, id);
  }

  /** The calendar as iCalendar: all activities for a member, the public ones for anyone else. */
  async calendar(actor: Actor | null, slug: string, publicUrl: string): Promise<{ name: string; ics: string }> {
    const { network, member } = await this.networks.read(actor, slug);
    const rows = await this.activities.list(network.id, !member);
    const events: CalendarEvent[] = rows.map((a) => {
      const tentative = a.precision !== 'day';
      return {
        uid: `${a.id}@${new URL(publicUrl).hostname}`,
        title: tentative ? `${a.title} (${a.precision === 'month' ? a.startsOn.slice(0, 7) : a.startsOn.slice(0, 4)}, dates to be confirmed)` : a.title,
        description: [a.massEvent ? `During: ${a.massEvent}` : '', a.description].filter(Boolean).join('\n\n'),
        location: [a.city, a.country].filter(Boolean).join(', '),
        ...(a.location && { geo: a.location }),
        url: `${publicUrl.replace(/\/$/, '')}/networks/${network.slug}`,
        categories: [a.kind],
        status: tentative ? 'tentative' : 'confirmed',
        start: { date: a.startsOn },
        end: { date: a.endsOn },
      };
    });
    return { name: network.name, ics: writeCalendar({ name: network.name, events }, new Date()) };
  }

  private async one(actor: Actor, slug: string, id: string): Promise<Activity> {
    const { network, manager } = await this.networks.read(actor, slug);
    const rows = await this.activities.list(network.id, false, id);
    const [view] = await this.views(actor, rows, manager);
    if (!view) throw new AppError('not_found');
    return view;
  }

  private async views(actor: Actor | null, rows: readonly ActivityRow[], manager: boolean): Promise<Activity[]> {
    const registrations = await this.activities.registrations(rows.map((r) => r.id));
    return rows.map((r) => {
      const list: Registration[] = registrations.get(r.id) ?? [];
      return {
        id: r.id,
        networkSlug: r.networkSlug,
        kind: r.kind,
        title: r.title,
        description: r.description,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        precision: r.precision,
        city: r.city,
        country: r.country,
        location: r.location,
        massEvent: r.massEvent,
        public: r.public,
        places: r.places,
        taken: list.reduce((n, x) => n + x.people, 0),
        mine: list.find((x) => x.orgId === actor?.orgId) ?? null,
        registrations: manager ? list : [],
        canManage: manager,
      };
    });
  }
}
