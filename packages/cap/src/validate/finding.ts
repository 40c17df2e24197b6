/**
 * What the validator reports: one finding per problem, with a stable code, a level and the path of the
 * element at fault (`alert/info[1]/area[0]/polygon[2]`, indices 0-based, on the elements that may repeat).
 */

export type FindingLevel = 'error' | 'warning' | 'recommendation';

export interface Finding {
  readonly code: string;
  readonly level: FindingLevel;
  readonly path: string;
  readonly message: string;
}

/**
 * Every code the semantic layer gives, with its level. The names are those of Google's CAP validator
 * (`CapException.ReasonType`, its Google and feed profiles) wherever that validator has the rule, so that a
 * sender who knows one knows the other; the rest are named in the same manner.
 */
export const SEMANTIC_CODES = {
  // The standard (CAP 1.2 and ALERTS.md, "Rules beyond the XSD").
  MISSING_REQUIRED_ELEMENT: 'error',
  INVALID_DATE: 'error',
  INVALID_IDENTIFIER: 'error',
  INVALID_SENDER: 'error',
  INVALID_ENUM_VALUE: 'error',
  INVALID_LANGUAGE: 'error',
  INVALID_REFERENCES: 'error',
  CIRCULAR_REFERENCE: 'error',
  POSTDATED_REFERENCE: 'warning',
  UPDATE_OR_CANCEL_MUST_REFERENCE: 'error',
  RESTRICTION_SCOPE_MISMATCH: 'error',
  ADDRESSES_SCOPE_MISMATCH: 'error',
  INVALID_POLYGON: 'error',
  INVALID_POLYGON_SELF_INTERSECTION: 'error',
  POLYGON_TOO_LARGE: 'error',
  INVALID_CIRCLE: 'error',
  INVALID_AREA: 'error',
  INVALID_ALTITUDE_CEILING_RANGE: 'error',
  EFFECTIVE_NOT_AFTER_EXPIRES: 'error',
  CERTAINTY_VERY_LIKELY_DEPRECATED: 'error',
  TEXT_CONTAINS_HTML_TAGS: 'warning',
  TEXT_CONTAINS_HTML_ENTITIES: 'warning',
  EXPIRES_IN_PAST: 'warning',
  EXPIRES_IS_RECOMMENDED: 'recommendation',
  HEADLINE_IS_RECOMMENDED: 'recommendation',
  HEADLINE_TOO_LONG: 'recommendation',
  SENDER_NAME_STRONGLY_RECOMMENDED: 'recommendation',
  NONZERO_CIRCLE_RADIUS_RECOMMENDED: 'recommendation',
  // The city profile (ALERTS.md, "The city profile").
  LANGUAGE_IS_REQUIRED: 'error',
  SENDER_NAME_IS_REQUIRED: 'error',
  INSTRUCTION_IS_REQUIRED: 'error',
  CONTACT_IS_REQUIRED: 'error',
  EXPIRES_IS_REQUIRED: 'error',
  CIRCLE_OR_POLYGON_IS_REQUIRED: 'error',
  PROFILE_LANGUAGE_MISSING: 'error',
  PROFILE_LANGUAGE_UNEXPECTED: 'error',
  PROFILE_LANGUAGE_DUPLICATE: 'error',
  PROFILE_INFOS_DIFFER: 'error',
  INSTRUCTION_TOO_LONG: 'error',
} as const satisfies Record<string, FindingLevel>;

export type SemanticCode = keyof typeof SEMANTIC_CODES;

/** A finding of the semantic layer, its level taken from {@link SEMANTIC_CODES}. */
export function finding(code: SemanticCode, path: string, message: string): Finding {
  return { code, level: SEMANTIC_CODES[code], path, message };
}

const QUOTE_MAX = 60;

/**
 * A value as a message quotes it: in quotes, cut to a few dozen characters so that a message never carries
 * a whole hostile value (a polygon of a million points, a 10 MB text).
 */
export function quote(value: string): string {
  const cut = value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value;
  return JSON.stringify(cut);
}

/** True when any finding is an error: the message is not valid. */
export const hasError = (findings: readonly Finding[]): boolean => findings.some((f) => f.level === 'error');
