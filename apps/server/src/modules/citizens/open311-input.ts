import { NewReport, ReportCategory, type NewReportInput } from '@pactesur/contracts';
import { isXmlText } from './open311-xml.ts';

/** One entry of an Open311 error list: its code is the HTTP status of the answer. */
export interface Open311Problem {
  readonly code: 400 | 403 | 404 | 413 | 415 | 500;
  readonly description: string;
}

/** A request Open311 refuses, with the spec's list of errors (the first gives the answer's status). */
export class Open311Error extends Error {
  override readonly name = 'Open311Error';
  constructor(readonly problems: readonly [Open311Problem, ...Open311Problem[]]) {
    super(problems[0].description);
  }
}

/** A `POST requests` as read: the key that sends it and the report it makes. */
export interface Open311Post {
  readonly apiKey: string;
  readonly report: NewReport;
}

export type Open311Read = { readonly ok: true; readonly value: Open311Post } | { readonly ok: false; readonly problems: readonly [Open311Problem, ...Open311Problem[]] };

/** The fields of a request as sent, in order (form fields, or a JSON body's flattened). */
export type Fields = readonly (readonly [string, string])[];

const MAX_FIELDS = 200;
const NUMBER = /^[+-]?(\d{1,3}(\.\d{0,15})?|\.\d{1,15})$/;
const ATTRIBUTE = /^attribute\[([^\]]{1,64})\]$/;

const bad = (description: string): Open311Problem => ({ code: 400, description });

/**
 * Reads the fields of a `POST requests` (GeoReport v2) into a report: `api_key`, `service_code`, `lat` and
 * `long` or `address_string`, `attribute[code]`, `email`, `first_name`, `last_name`, `phone`,
 * `description`, `media_url` (`jurisdiction_id`, `device_id`, `account_id` and `address_id` are not used).
 * Answers the report, or the spec's errors — never throws: a missing key is 403, an unknown service code
 * 404, anything else wrong 400. `lang` is the reporter's language (the request's `Accept-Language`).
 */
export function readOpen311Post(fields: Fields, lang: string): Open311Read {
  if (fields.length > MAX_FIELDS) return { ok: false, problems: [bad(`At most ${MAX_FIELDS} fields.`)] };
  const unwritable = fields.find(([k, v]) => !isXmlText(k) || !isXmlText(v) || k.includes('\u0000') || v.includes('\u0000'));
  if (unwritable) return { ok: false, problems: [bad(`The field ${JSON.stringify(unwritable[0].slice(0, 64))} holds a character that cannot be kept (a control character).`)] };
  const one = (name: string): string | undefined => fields.find(([k]) => k === name)?.[1];

  const apiKey = one('api_key')?.trim() ?? '';
  if (apiKey === '') return { ok: false, problems: [{ code: 403, description: 'api_key was not provided: a request is sent with the key the receiving platform issued.' }] };
  const code = one('service_code')?.trim() ?? '';
  if (code === '') return { ok: false, problems: [bad('service_code was not provided.')] };
  const category = ReportCategory.safeParse(code);
  if (!category.success) return { ok: false, problems: [{ code: 404, description: `service_code ${JSON.stringify(code.slice(0, 64))} was not found.` }] };

  const problems: Open311Problem[] = [];
  const location = locationOf(one('lat'), one('long'), problems);
  const address = one('address_string')?.trim() ?? '';
  if (location === null && address === '' && problems.length === 0) problems.push(bad('A location is needed: lat and long, or address_string.'));
  const reported = new Set(problems.length > 0 ? ['lat/long'] : []);
  if ((one('description') ?? '').trim() === '') {
    problems.push(bad('description was not provided.'));
    reported.add('description');
  }
  // A Map, then own properties: an answer named `constructor` is an answer like any other; `__proto__` no code.
  const answers = new Map<string, string>();
  for (const [k, v] of fields) {
    const name = ATTRIBUTE.exec(k)?.[1];
    if (name === '__proto__') problems.push(bad('attribute[__proto__] is not an attribute code.'));
    else if (name !== undefined && !answers.has(name)) answers.set(name, v);
  }
  const attributes = Object.fromEntries(answers);
  const input: NewReportInput = {
    category: category.data,
    location,
    address,
    description: one('description') ?? '',
    attributes,
    contact: { firstName: one('first_name') ?? '', lastName: one('last_name') ?? '', email: one('email')?.trim() ?? '', phone: one('phone') ?? '' },
    anonymous: false,
    mediaUrl: one('media_url')?.trim() ?? '',
    lang,
  };
  const parsed = NewReport.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues.slice(0, 10)) if (!reported.has(fieldName(issue.path))) problems.push(bad(`${fieldName(issue.path)}: ${issue.message}`));
  const [first, ...rest] = problems;
  if (first) return { ok: false, problems: [first, ...rest] };
  return parsed.success ? { ok: true, value: { apiKey, report: parsed.data } } : { ok: false, problems: [bad('The request is not a report.')] };
}

/** `[long, lat]` from the two fields, null when neither is given; a problem when one is missing or not a coordinate. */
function locationOf(lat: string | undefined, long: string | undefined, problems: Open311Problem[]): [number, number] | null {
  const la = lat?.trim() ?? '';
  const lo = long?.trim() ?? '';
  if (la === '' && lo === '') return null;
  if (la === '' || lo === '') {
    problems.push(bad('lat and long are given together.'));
    return null;
  }
  const y = NUMBER.test(la) ? Number(la) : NaN;
  const x = NUMBER.test(lo) ? Number(lo) : NaN;
  if (!(Math.abs(y) <= 90) || !(Math.abs(x) <= 180)) {
    problems.push(bad('lat and long are WGS84 degrees: lat within ±90, long within ±180.'));
    return null;
  }
  return [x, y];
}

/** The Open311 name of a field of the report. */
function fieldName(path: readonly PropertyKey[]): string {
  const names: Readonly<Record<string, string>> = {
    description: 'description',
    address: 'address_string',
    location: 'lat/long',
    mediaUrl: 'media_url',
    attributes: 'attribute',
    'contact.firstName': 'first_name',
    'contact.lastName': 'last_name',
    'contact.email': 'email',
    'contact.phone': 'phone',
  };
  const key = path.map(String).join('.');
  return names[key] ?? (key.startsWith('attributes.') ? `attribute[${key.slice('attributes.'.length)}]` : key || 'request');
}

/**
 * The fields of a JSON body: its members of text or number, and `attribute` as an object of answers
 * (`{"attribute": {"code": "value"}}`, read as `attribute[code]`). Anything else is an error.
 */
export function jsonFields(body: unknown): Fields | Open311Problem {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return bad('The JSON body is an object of fields.');
  const fields: [string, string][] = [];
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) fields.push([k, String(v)]);
    else if (k === 'attribute' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [a, answer] of Object.entries(v as Record<string, unknown>)) {
        if (typeof answer !== 'string' && typeof answer !== 'number') return bad(`attribute[${JSON.stringify(a.slice(0, 64))}] is text.`);
        fields.push([`attribute[${a}]`, String(answer)]);
      }
    } else if (v !== null) return bad(`${JSON.stringify(k.slice(0, 64))} is text.`);
  }
  return fields;
}
