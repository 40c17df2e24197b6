import type { PracticeContent } from '@pactesur/contracts';

/** The records a practice is tied to. */
export type Links = PracticeContent['links'];

/** Most records of one kind a practice is tied to (as the API takes). */
export const MAX_LINKS = 20;

/** Most characters of a corrective action's text shown in a list (the whole text is on the exercise's page). */
const MAX_SHOWN = 120;

/** One record a practice is tied to: a site, an event plan, an exercise's corrective action, another practice. */
export type LinkRef =
  | { readonly kind: 'site' | 'event' | 'practice'; readonly id: string }
  | { readonly kind: 'action'; readonly exerciseId: string; readonly actionId: string };
export type LinkKind = LinkRef['kind'];

/** A record a picker offers: its id and the words shown for it. */
export interface LinkOption {
  readonly id: string;
  readonly name: string;
}

/** A record of one of the organisation's lists (sites, event plans, exercises), with its owner. */
export interface OwnedRecord {
  readonly id: string;
  readonly name: string;
  readonly ownerOrgId: string;
  readonly ownerName: string;
}

/** The key of a link, the same for the same record. */
export const linkKey = (ref: LinkRef): string =>
  ref.kind === 'action' ? `action:${ref.exerciseId}:${ref.actionId}` : `${ref.kind}:${ref.id}`;

/** Every link of a practice, in the order of the record: sites, event plans, corrective actions, practices. */
export function linkRefs(links: Links): LinkRef[] {
  return [
    ...links.siteIds.map((id) => ({ kind: 'site' as const, id })),
    ...links.eventIds.map((id) => ({ kind: 'event' as const, id })),
    ...links.exerciseActions.map((a) => ({ kind: 'action' as const, ...a })),
    ...links.practiceIds.map((id) => ({ kind: 'practice' as const, id })),
  ];
}

/** How many records of a kind the practice is tied to. */
export function linkCount(links: Links, kind: LinkKind): number {
  switch (kind) {
    case 'site':
      return links.siteIds.length;
    case 'event':
      return links.eventIds.length;
    case 'action':
      return links.exerciseActions.length;
    case 'practice':
      return links.practiceIds.length;
  }
}

/** Whether the practice is tied to a record already. */
export const isLinked = (links: Links, ref: LinkRef): boolean =>
  linkRefs(links).some((r) => linkKey(r) === linkKey(ref));

/** The links with one more record: a record is tied once, and at most {@link MAX_LINKS} of a kind. */
export function withLink(links: Links, ref: LinkRef): Links {
  if (isLinked(links, ref) || linkCount(links, ref.kind) >= MAX_LINKS) return links;
  switch (ref.kind) {
    case 'site':
      return { ...links, siteIds: [...links.siteIds, ref.id] };
    case 'event':
      return { ...links, eventIds: [...links.eventIds, ref.id] };
    case 'practice':
      return { ...links, practiceIds: [...links.practiceIds, ref.id] };
    case 'action':
      return {
        ...links,
        exerciseActions: [...links.exerciseActions, { exerciseId: ref.exerciseId, actionId: ref.actionId }],
      };
  }
}

/** The links without a record. */
export function withoutLink(links: Links, ref: LinkRef): Links {
  const key = linkKey(ref);
  return {
    siteIds: links.siteIds.filter((id) => linkKey({ kind: 'site', id }) !== key),
    eventIds: links.eventIds.filter((id) => linkKey({ kind: 'event', id }) !== key),
    exerciseActions: links.exerciseActions.filter((a) => linkKey({ kind: 'action', ...a }) !== key),
    practiceIds: links.practiceIds.filter((id) => linkKey({ kind: 'practice', id }) !== key),
  };
}

/**
 * What a picker offers of one of the organisation's lists: the records not tied yet, by name; a record of
 * another organisation (shared with the reader's, or an exercise it takes part in) says whose it is.
 */
export function linkOptions(
  records: readonly OwnedRecord[],
  taken: readonly string[],
  orgId: string,
  ownedBy: (name: string, owner: string) => string,
): LinkOption[] {
  return records
    .filter((r) => !taken.includes(r.id))
    .map((r) => ({ id: r.id, name: r.ownerOrgId === orgId ? r.name : ownedBy(r.name, r.ownerName) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The corrective actions of an exercise a picker offers: those not tied yet, in the order of its plan. */
export function actionOptions(
  actions: readonly { readonly id: string; readonly text: string }[],
  exerciseId: string,
  links: Links,
): LinkOption[] {
  return actions
    .filter((a) => !isLinked(links, { kind: 'action', exerciseId, actionId: a.id }))
    .map((a) => ({ id: a.id, name: clipped(a.text) }));
}

/**
 * A text on one line, cut at a word with an ellipsis when longer than a list shows.
 *
 * @example clipped('Train the control room\nto pass the report') // 'Train the control room to pass the report'
 */
export function clipped(text: string, max = MAX_SHOWN): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
