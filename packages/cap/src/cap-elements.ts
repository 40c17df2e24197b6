/**
 * The shape of CAP 1.2's XML (ALERTS.md "Structure"), said once for the reader and the writer: the strict
 * order of each element's children, which of them may repeat, which are required.
 */

/** XML-DSig, the namespace of the `Signature` elements that close an alert. */
export const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';

/** Namespaces of earlier CAP versions: a message in one of them is refused with its own code. */
export const OLDER_CAP_NAMESPACES: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:emergency:cap:1.1': '1.1',
  'http://www.incident.com/cap/1.0': '1.0',
};

/** An element that holds CAP elements; `pair` is the `valueName` / `value` of eventCode, parameter and geocode. */
export type CapContainer = 'alert' | 'info' | 'resource' | 'area' | 'pair';

/** The children of each container in the order the standard requires (`Signature` is XML-DSig's). */
export const CAP_ORDER: Readonly<Record<CapContainer, readonly string[]>> = {
  alert: [
    'identifier',
    'sender',
    'sent',
    'status',
    'msgType',
    'source',
    'scope',
    'restriction',
    'addresses',
    'code',
    'note',
    'references',
    'incidents',
    'info',
    'Signature',
  ],
  info: [
    'language',
    'category',
    'event',
    'responseType',
    'urgency',
    'severity',
    'certainty',
    'audience',
    'eventCode',
    'effective',
    'onset',
    'expires',
    'senderName',
    'headline',
    'description',
    'instruction',
    'web',
    'contact',
    'parameter',
    'resource',
    'area',
  ],
  resource: ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest'],
  area: ['areaDesc', 'polygon', 'circle', 'geocode', 'altitude', 'ceiling'],
  pair: ['valueName', 'value'],
};

/** Elements that may occur more than once in their container. */
export const REPEATING: ReadonlySet<string> = new Set([
  'code',
  'info',
  'Signature',
  'category',
  'responseType',
  'eventCode',
  'parameter',
  'resource',
  'area',
  'polygon',
  'circle',
  'geocode',
]);

/** Single elements the standard requires: read as `''` when missing, and left out again when written back. */
export const REQUIRED: Readonly<Record<CapContainer, readonly string[]>> = {
  alert: ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope'],
  info: ['event', 'urgency', 'severity', 'certainty'],
  resource: ['resourceDesc', 'mimeType'],
  area: ['areaDesc'],
  pair: ['valueName', 'value'],
};

/**
 * The path of a child element, as the validator's findings name elements too: `alert/info[1]/area[0]/areaDesc`
 * (indices from 0, on the elements that may repeat).
 */
export function childPath(parent: string, name: string, index: number): string {
  return REPEATING.has(name) ? `${parent}/${name}[${index}]` : `${parent}/${name}`;
}
