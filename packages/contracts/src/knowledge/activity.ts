import { z } from 'zod';
import { Id, LngLat, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';

/**
 * The life of a network (KNOWLEDGE.md): its meetings, workshops, police academies, field visits and the
 * exchanges of officers during each other's mass events, on one calendar — exported as iCalendar, its
 * public part readable without an account — with the member organisations' registrations.
 */

export const ActivityKind = z.enum(['meeting', 'workshop', 'academy', 'field-visit', 'exchange', 'conference']);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** How precisely the dates are known: a day, or only the month or the year (a programme's plans). */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const SaveActivity = z
  .strictObject({
    kind: ActivityKind,
    title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    description: z.string().trim().max(5_000).default(''),
    /** The first and last day (with precision month, the month's first and last day). */
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    precision: DatePrecision.default('day'),
    city: z.string().trim().max(MAX_NAME_LENGTH).default(''),
    /** ISO 3166-1 alpha-2, upper case. */
    country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
    location: LngLat.nullable().default(null),
    /** The mass event an exchange of officers takes place during (Carnival of Nice, Les Ardentes …). */
    massEvent: z.string().trim().max(MAX_NAME_LENGTH).default(''),
    /** On the network's public calendar (title, dates, place), or for its members only. */
    public: z.boolean().default(true),
    /** Places, when registration is open; null: no registration. */
    places: z.int().min(1).max(10_000).nullable().default(null),
  })
  .refine((a) => a.endsOn >= a.startsOn, { message: 'ends before it starts', path: ['endsOn'] });
export type SaveActivity = z.infer<typeof SaveActivity>;
export type SaveActivityInput = z.input<typeof SaveActivity>;

export const Registration = z.object({
  orgId: Id,
  orgName: z.string(),
  /** How many people the organisation sends. */
  people: z.int(),
  byName: z.string(),
  at: Timestamp,
});
export type Registration = z.infer<typeof Registration>;

export const Register = z.strictObject({ people: z.int().min(1).max(50) });
export type RegisterInput = z.input<typeof Register>;

export const Activity = z.object({
  id: Id,
  networkSlug: z.string(),
  kind: ActivityKind,
  title: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  precision: DatePrecision,
  city: z.string(),
  country: z.string().nullable(),
  location: LngLat.nullable(),
  massEvent: z.string(),
  public: z.boolean(),
  places: z.int().nullable(),
  /** People registered by all organisations, and the reader's organisation's registration. */
  taken: z.int(),
  mine: Registration.nullable(),
  /** Every registration, for those who run the network's programme. */
  registrations: z.array(Registration),
  canManage: z.boolean(),
});
export type Activity = z.infer<typeof Activity>;

/**
 * An exchange of officers (KNOWLEDGE.md): during a mass event of the host city (the Carnival of Nice, Les
 * Ardentes, Madrid Pride), officers of other member organisations join its police to see how the event is
 * secured. The exchange is an activity of kind `exchange` with this record: its host, what it is for, the
 * guests each organisation sends (their names are read by the network's members only, never on the public
 * calendar), and what was learnt. The host may tie it to its event plan, which stays its own: the link is
 * shown to the host's readers only.
 */
export const SaveExchange = z.strictObject({
  /** The organisation that receives the guests (a member of the network). */
  hostOrgId: Id,
  objectives: z.string().trim().max(5_000).default(''),
  /** What the guests follow: briefings, control room, patrols, debrief. */
  programme: z.string().trim().max(5_000).default(''),
  /** The host's event plan for the mass event (events module); null if none is tied. */
  eventId: Id.nullable().default(null),
  /** What was learnt, written after the exchange. */
  report: z.string().trim().max(20_000).default(''),
});
export type SaveExchange = z.infer<typeof SaveExchange>;
export type SaveExchangeInput = z.input<typeof SaveExchange>;

/** Most guests of one exchange. */
export const MAX_EXCHANGE_GUESTS = 60;

/** An officer an organisation sends to the exchange, and the days they stay. */
export const AddExchangeGuest = z
  .strictObject({
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    /** Rank and unit: "Brigadier, Policía Municipal de Madrid — Unidad Central de Seguridad". */
    role: z.string().trim().max(MAX_NAME_LENGTH).default(''),
    arrivesOn: z.iso.date(),
    leavesOn: z.iso.date(),
  })
  .refine((g) => g.leavesOn >= g.arrivesOn, { message: 'leaves before arriving', path: ['leavesOn'] });
export type AddExchangeGuest = z.infer<typeof AddExchangeGuest>;
export type AddExchangeGuestInput = z.input<typeof AddExchangeGuest>;

export const ExchangeGuest = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  name: z.string(),
  role: z.string(),
  arrivesOn: z.string(),
  leavesOn: z.string(),
  /** The reader may withdraw this guest (their own organisation's, or the host or a manager of the network). */
  canRemove: z.boolean(),
});
export type ExchangeGuest = z.infer<typeof ExchangeGuest>;

export const Exchange = z.object({
  activityId: Id,
  hostOrgId: Id,
  hostName: z.string(),
  objectives: z.string(),
  programme: z.string(),
  /** The host's event plan, shown to the host's readers only (null for everyone else). */
  eventId: Id.nullable(),
  report: z.string(),
  guests: z.array(ExchangeGuest),
  /** The host and the network's managers edit the exchange; any member organisation sends guests. */
  canEdit: z.boolean(),
  canAddGuests: z.boolean(),
});
export type Exchange = z.infer<typeof Exchange>;
