import type { Activity, ActivityKind, DatePrecision, SaveActivityInput } from '@pactesur/contracts';

/**
 * An activity as its form holds it, every value as typed. The dates are written as precisely as they are
 * known: `2024-11-14` for a day, `2024-11` for a month, `2024` for a year.
 */
export interface ActivityDraft {
  readonly kind: ActivityKind;
  readonly title: string;
  readonly description: string;
  readonly precision: DatePrecision;
  readonly start: string;
  /** Empty: the same as the start. */
  readonly end: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2, or empty. */
  readonly country: string;
  readonly massEvent: string;
  readonly public: boolean;
  /** Empty: no registration. */
  readonly places: string;
}

/** What is wrong with a draft, by field. */
export type DraftProblem = 'title' | 'start' | 'end' | 'places';

const PATTERN: Readonly<Record<DatePrecision, RegExp>> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** A day written as precisely as `precision` says: the day itself, its month or its year. */
export const dateAs = (day: string, precision: DatePrecision): string =>
  precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);

const lastDayOfMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
};

/** The first (`edge` start) or last day that a date written with `precision` stands for. */
export function dayOf(value: string, precision: DatePrecision, edge: 'start' | 'end'): string {
  if (precision === 'day') return value;
  if (precision === 'month') return edge === 'start' ? `${value}-01` : lastDayOfMonth(value);
  return edge === 'start' ? `${value}-01-01` : `${value}-12-31`;
}

/** A new activity's draft, or an activity's to edit. */
export function draftOf(activity: Activity | null, kind: ActivityKind = 'meeting'): ActivityDraft {
  if (!activity) {
    return {
      kind,
      title: '',
      description: '',
      precision: 'day',
      start: '',
      end: '',
      city: '',
      country: '',
      massEvent: '',
      public: true,
      places: '',
    };
  }
  const end = dateAs(activity.endsOn, activity.precision);
  const start = dateAs(activity.startsOn, activity.precision);
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    precision: activity.precision,
    start,
    end: end === start ? '' : end,
    city: activity.city,
    country: activity.country ?? '',
    massEvent: activity.massEvent,
    public: activity.public,
    places: activity.places === null ? '' : String(activity.places),
  };
}

/** The draft with another precision, its dates rewritten to match (`2024-11-14` becomes `2024-11`, and back). */
export function withPrecision(draft: ActivityDraft, precision: DatePrecision): ActivityDraft {
  const rewrite = (value: string, edge: 'start' | 'end') =>
    PATTERN[draft.precision].test(value) ? dateAs(dayOf(value, draft.precision, edge), precision) : '';
  return { ...draft, precision, start: rewrite(draft.start, 'start'), end: rewrite(draft.end, 'end') };
}

/** The fields of a draft that cannot be saved as they are. */
export function draftProblems(draft: ActivityDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.title.trim() === '') problems.push('title');
  const pattern = PATTERN[draft.precision];
  const startOk = pattern.test(draft.start);
  if (!startOk) problems.push('start');
  const end = draft.end.trim();
  if (
    end !== '' &&
    (!pattern.test(end) ||
      (startOk && dayOf(end, draft.precision, 'end') < dayOf(draft.start, draft.precision, 'start')))
  ) {
    problems.push('end');
  }
  const places = draft.places.trim();
  if (places !== '' && !(/^\d+$/.test(places) && Number(places) >= 1 && Number(places) <= 10_000))
    problems.push('places');
  return problems;
}

/** What the programme keeps of a draft with no problems: first and last days, the place, the places. */
export function saveOf(draft: ActivityDraft): SaveActivityInput {
  const end = draft.end.trim() === '' ? draft.start : draft.end;
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    description: draft.description.trim(),
    startsOn: dayOf(draft.start, draft.precision, 'start'),
    endsOn: dayOf(end, draft.precision, 'end'),
    precision: draft.precision,
    city: draft.city.trim(),
    country: draft.country === '' ? null : draft.country,
    massEvent: draft.kind === 'exchange' ? draft.massEvent.trim() : '',
    public: draft.public,
    places: draft.places.trim() === '' ? null : Number(draft.places),
  };
}
