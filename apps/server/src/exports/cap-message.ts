import type { AlertDraftContent, AlertInfo } from '@pactesur/contracts';
import { PACTESUR_PROFILE_CODE, type CapAlert, type CapInfo } from '@pactesur/cap';

/** What a CAP message is made of beside the composer's content. */
export interface MessageParts {
  readonly identifier: string;
  readonly sender: string;
  /** When it is (or would be) sent. */
  readonly sent: Date;
  readonly msgType: 'Alert' | 'Update' | 'Cancel' | 'Ack';
  readonly references: readonly string[];
  readonly content: AlertDraftContent;
}

/** The words that mark an exercise in every message of one, so that no copy can pass for a real alert. */
export const EXERCISE_MARK = 'EXERCISE';

/** A CAP date: `YYYY-MM-DDThh:mm:ss±hh:mm`, never `Z` (UTC is `-00:00`), no fraction of a second. */
export function capDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}-00:00`;
}

/** An ISO date of the composer as CAP writes it: its own offset kept, `Z` as `-00:00`, no fraction. */
export function capDateOf(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(iso);
  if (!m?.[1] || !m[2]) return capDate(new Date(iso));
  const time = m[1].length === 16 ? `${m[1]}:00` : m[1];
  return `${time}${m[2] === 'Z' ? '-00:00' : m[2]}`;
}

/** The sender of an organisation's messages (no spaces, commas, `<` or `&`). */
export const senderOf = (orgSlug: string): string => `${orgSlug}@alerts.pactesur.org`;

/** An alert's identifier: unique, stable, of the allowed characters. */
export const identifierOf = (orgSlug: string, alertId: string): string => `pactesur.${orgSlug}.${alertId}`;

/** The `sender,identifier,sent` triplet other messages reference this one by. */
export const referenceOf = (sender: string, identifier: string, sent: Date): string =>
  `${sender},${identifier},${capDate(sent)}`;

function infoOf(info: AlertInfo, exercise: boolean): CapInfo {
  const mark = (text: string) => (exercise && text ? `${EXERCISE_MARK}: ${text}` : text);
  const optional = (text: string | null) => (text ? text : undefined);
  return {
    language: info.language,
    categories: info.categories,
    event: info.event,
    responseTypes: info.responseTypes,
    urgency: info.urgency,
    severity: info.severity,
    certainty: info.certainty,
    eventCodes: [],
    onset: info.onset ? capDateOf(info.onset) : undefined,
    expires: info.expires ? capDateOf(info.expires) : undefined,
    senderName: optional(info.senderName),
    headline: optional(mark(info.headline)),
    description: optional(info.description),
    instruction: optional(info.instruction),
    web: optional(info.web),
    contact: optional(info.contact),
    parameters: [],
    resources: [],
    areas: info.areas.map((a) => ({
      areaDesc: a.areaDesc,
      polygons: a.polygons,
      circles: a.circles,
      geocodes: [],
    })),
  };
}

/**
 * The CAP 1.2 message of an alert: its identity, status and scope, Pactesur's profile code, the references
 * of an Update or a Cancel, and one `info` per language. An exercise says so in its note and every headline.
 */
export function capAlertOf(parts: MessageParts): CapAlert {
  const { content } = parts;
  const exercise = content.status === 'Exercise';
  const note = [exercise ? `${EXERCISE_MARK} — not a real alert.` : '', content.note]
    .filter(Boolean)
    .join(' ');
  return {
    identifier: parts.identifier,
    sender: parts.sender,
    sent: capDate(parts.sent),
    status: content.status,
    msgType: parts.msgType,
    scope: content.scope,
    restriction:
      content.scope === 'Restricted'
        ? content.restriction || 'For the named partner organisations only.'
        : undefined,
    addresses: content.scope === 'Private' ? content.addresses : undefined,
    codes: [PACTESUR_PROFILE_CODE],
    note: note || undefined,
    references: parts.references.length > 0 ? parts.references.join(' ') : undefined,
    infos: content.infos.map((i) => infoOf(i, exercise)),
    signatures: [],
  };
}

/**
 * The hand-off to the national EU-Alert authority (in France the prefect, who triggers FR-Alert): the city's
 * message as a Restricted request to broadcast it, naming the city's identifier.
 */
export function euAlertRequestOf(parts: MessageParts, authority: string): CapAlert {
  const alert = capAlertOf(parts);
  return {
    ...alert,
    identifier: `${parts.identifier}.eu-alert`,
    scope: 'Restricted',
    restriction: `Request to ${authority} to broadcast by EU-Alert (cell broadcast) the alert ${parts.identifier}.`,
    addresses: undefined,
    note: [alert.note, `Request to broadcast ${parts.identifier} by EU-Alert.`].filter(Boolean).join(' '),
  };
}

/** The earliest `expires` of the infos (when the message stops being in force), or null. */
export function expiresOf(content: AlertDraftContent): Date | null {
  const times = content.infos
    .flatMap((i) => (i.expires ? [Date.parse(i.expires)] : []))
    .filter(Number.isFinite);
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
