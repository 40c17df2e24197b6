/**
 * The OASIS CAP 1.2 message as Pactesur holds it (ALERTS.md): alert → info → resource / area, in the
 * standard's names and order. Values are kept as the text they were written with (a reader of outside
 * messages must be able to hold a wrong value in order to report it); the lists of the standard's values
 * below type what Pactesur itself writes.
 */

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_MIME = 'application/cap+xml';

export const CAP_STATUSES = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export type CapStatus = (typeof CAP_STATUSES)[number];
export const CAP_MSG_TYPES = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export const CAP_SCOPES = ['Public', 'Restricted', 'Private'] as const;
export type CapScope = (typeof CAP_SCOPES)[number];
export const CAP_CATEGORIES = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
export type CapCategory = (typeof CAP_CATEGORIES)[number];
export const CAP_RESPONSE_TYPES = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const;
export type CapResponseType = (typeof CAP_RESPONSE_TYPES)[number];
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export type CapUrgency = (typeof CAP_URGENCIES)[number];
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export type CapSeverity = (typeof CAP_SEVERITIES)[number];
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];

/** A `valueName` / `value` pair (eventCode, parameter, geocode). */
export interface CapValue {
  readonly valueName: string;
  readonly value: string;
  readonly extras?: readonly CapExtra[];
}

/**
 * Something the reader found that CAP does not define (an element of another namespace, a comment, an
 * XML-DSig signature): kept verbatim, with the CAP element it followed, so the writer puts it back where it was.
 */
export interface CapExtra {
  /** The local name of the CAP element it came after within its parent (null: first in its parent). */
  readonly after: string | null;
  /**
   * Which occurrence of `after` it followed, counted from 0, when that element may repeat (`parameter`,
   * `area` …); absent: after the last one.
   */
  readonly afterIndex?: number;
  /** The exact text as read (an element with its children, or a comment). */
  readonly xml: string;
}

export interface CapResource {
  readonly resourceDesc: string;
  readonly mimeType: string;
  readonly size?: string;
  readonly uri?: string;
  readonly derefUri?: string;
  readonly digest?: string;
  readonly extras?: readonly CapExtra[];
}

export interface CapArea {
  readonly areaDesc: string;
  /** `lat,lon lat,lon …` as written (latitude first). */
  readonly polygons: readonly string[];
  /** `lat,lon radius` with the radius in kilometres. */
  readonly circles: readonly string[];
  readonly geocodes: readonly CapValue[];
  readonly altitude?: string;
  readonly ceiling?: string;
  readonly extras?: readonly CapExtra[];
}

export interface CapInfo {
  readonly language?: string;
  readonly categories: readonly string[];
  readonly event: string;
  readonly responseTypes: readonly string[];
  readonly urgency: string;
  readonly severity: string;
  readonly certainty: string;
  readonly audience?: string;
  readonly eventCodes: readonly CapValue[];
  readonly effective?: string;
  readonly onset?: string;
  readonly expires?: string;
  readonly senderName?: string;
  readonly headline?: string;
  readonly description?: string;
  readonly instruction?: string;
  readonly web?: string;
  readonly contact?: string;
  readonly parameters: readonly CapValue[];
  readonly resources: readonly CapResource[];
  readonly areas: readonly CapArea[];
  readonly extras?: readonly CapExtra[];
}

export interface CapAlert {
  readonly identifier: string;
  readonly sender: string;
  readonly sent: string;
  readonly status: string;
  readonly msgType: string;
  readonly source?: string;
  readonly scope: string;
  readonly restriction?: string;
  readonly addresses?: string;
  readonly codes: readonly string[];
  readonly note?: string;
  readonly references?: string;
  readonly incidents?: string;
  readonly infos: readonly CapInfo[];
  /** `ds:Signature` elements (XML-DSig), verbatim: a signature covers bytes, so they are never rewritten. */
  readonly signatures: readonly string[];
  readonly extras?: readonly CapExtra[];
  /** How the message was written, so that writing it again keeps it (absent: Pactesur's own style). */
  readonly xml?: CapXmlStyle;
}

/** The written form of a message read from outside: its CAP prefix and the namespaces its root declares. */
export interface CapXmlStyle {
  /** The prefix of CAP's elements (`cap` in `<cap:alert>`), null for the default namespace. */
  readonly prefix: string | null;
  /** Every `xmlns` / `xmlns:x` declaration of the root element, in order: `[prefix or '', uri]`. */
  readonly namespaces: readonly (readonly [string, string])[];
  /**
   * Elements written empty as `<note />` rather than absent (kept absent ≠ empty), by path:
   * `alert/note`, `alert/info[1]/instruction`, `alert/info[0]/parameter[5]/value` (indices from 0, on the
   * elements that may repeat), sorted. An optional element read empty is `''` in the model; this list is what tells a
   * required one read empty (`''`, written back empty) from one that was missing (`''`, left out).
   */
  readonly emptyElements?: readonly string[];
  /** The root's attributes other than namespace declarations (`xsi:schemaLocation` …): `[name as written, value]`. */
  readonly attributes?: readonly (readonly [string, string])[];
  /** Comments and processing instructions before the root element, verbatim. */
  readonly prolog?: readonly string[];
  /** Comments and processing instructions after the root element, verbatim. */
  readonly epilog?: readonly string[];
}
