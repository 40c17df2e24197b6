import type { MessageKey, MessageParams } from '../../i18n/messages.ts';
import type { Route } from '../../router/routes.ts';
import { linkKey, linkRefs, type LinkKind, type LinkRef, type Links } from './linkOptions.ts';

/**
 * The names of records by id, as the reader reads them: a record not there yet is still being read, one
 * named null is not one the reader may read (or no longer exists); the whole is null where the reader
 * does not read such records at all (those of another organisation).
 */
export type Names = ReadonlyMap<string, string | null> | null;

/** What the reader knows of the records a practice may be tied to. */
export interface KnownNames {
  readonly sites: Names;
  readonly events: Names;
  readonly exercises: Names;
  /** The texts of corrective actions, by `exerciseId:actionId` ({@link actionKey}). */
  readonly actions: Names;
  /** The titles of practices, in the reader's language. */
  readonly practices: Names;
}

/** A record the practice is tied to, as the reader may name it. */
export interface LinkLabel {
  readonly ref: LinkRef;
  readonly key: string;
  /** Its name: undefined while it is read, null when the reader cannot learn it. */
  readonly name: string | null | undefined;
  /** For a corrective action, the name of its exercise (null when not known). */
  readonly exercise: string | null;
  /** Its page; null when the reader cannot open it, or while it is read. */
  readonly route: Route | null;
}

/** The key of a corrective action among the actions of every exercise. */
export const actionKey = (exerciseId: string, actionId: string): string => `${exerciseId}:${actionId}`;

/** A name: undefined while it is read, null when the reader cannot learn it. */
const nameIn = (names: Names, id: string): string | null | undefined =>
  names === null ? null : names.has(id) ? (names.get(id) ?? null) : undefined;

/** The page of a record. */
function routeOf(ref: LinkRef): Route {
  switch (ref.kind) {
    case 'site':
      return { name: 'site', id: ref.id };
    case 'event':
      return { name: 'event', id: ref.id };
    case 'practice':
      return { name: 'practice', id: ref.id };
    case 'action':
      return { name: 'exercise', id: ref.exerciseId };
  }
}

/**
 * Each record the practice is tied to with what the reader knows of it, in the order of the record: its
 * name and page where the reader reads it, else nothing but its kind.
 */
export function linkLabels(links: Links, known: KnownNames): LinkLabel[] {
  return linkRefs(links).map((ref) => {
    let name: string | null | undefined;
    let exercise: string | null = null;
    switch (ref.kind) {
      case 'site':
        name = nameIn(known.sites, ref.id);
        break;
      case 'event':
        name = nameIn(known.events, ref.id);
        break;
      case 'practice':
        name = nameIn(known.practices, ref.id);
        break;
      case 'action': {
        const named = nameIn(known.exercises, ref.exerciseId);
        name =
          named === undefined ? undefined : nameIn(known.actions, actionKey(ref.exerciseId, ref.actionId));
        exercise = named ?? null;
        break;
      }
    }
    return { ref, key: linkKey(ref), name, exercise, route: name ? routeOf(ref) : null };
  });
}

/** What a record is called when the reader cannot read it: its kind, and whose practice names it. */
const UNKNOWN = {
  site: 'practiceLink.siteOf',
  event: 'practiceLink.eventOf',
  action: 'practiceLink.actionOf',
  practice: 'practiceLink.practiceNotShared',
} as const satisfies Record<LinkKind, MessageKey>;

/** The kind of a record, said before its name in the editor's list. */
const KIND = {
  site: 'practiceLink.kind.site',
  event: 'practiceLink.kind.event',
  action: 'practiceLink.kind.action',
  practice: 'practiceLink.kind.practice',
} as const satisfies Record<LinkKind, MessageKey>;

type Words = (key: MessageKey, params?: MessageParams) => string;

/**
 * The words of a tied record: its name (a corrective action with its exercise's), "Loading…" while it is
 * read, else its kind only — "A site of Ville de Nice", "A practice not shared with you".
 */
export function linkText(label: LinkLabel, ownerName: string, t: Words): string {
  if (label.name === undefined) return t('app.loading');
  if (label.name === null) return t(UNKNOWN[label.ref.kind], { org: ownerName });
  if (label.exercise !== null)
    return t('practiceLink.action', { action: label.name, exercise: label.exercise });
  return label.name;
}

/** The words of a tied record in the editor's list, where its kind is said too ("Site: Marienplatz"). */
export function linkRowText(label: LinkLabel, ownerName: string, t: Words): string {
  const text = linkText(label, ownerName, t);
  return label.name === null ? text : t('practiceLink.row', { kind: t(KIND[label.ref.kind]), name: text });
}
