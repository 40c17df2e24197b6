import { expect } from 'vitest';
import { asXmlText, parseStrictXml, xmlRecords } from './strict-xml.ts';

export type Format = 'json' | 'xml';
export const FORMATS: Format[] = ['json', 'xml'];

/** The fields of a service and of a request, in the spec's order. */
export const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
export const REQUEST_FIELDS = [
  'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice',
  'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url',
];
/** A W3C date-time in UTC, to the second. */
export const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** An Open311 answer's list as records (XML read back strictly, each value as text), with its status. */
export async function list(response: Response, format: Format, root: string, item: string): Promise<{ status: number; records: Record<string, string>[]; raw: unknown[] | null }> {
  const text = await response.text();
  if (format === 'json') {
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const raw = JSON.parse(text) as Record<string, string | number | boolean | null>[];
    expect(Array.isArray(raw)).toBe(true);
    return { status: response.status, records: raw.map(asXmlText), raw };
  }
  expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  return { status: response.status, records: xmlRecords(parseStrictXml(text), root, item), raw: null };
}

/** Checks an answer is the spec's error list, with `status` as the HTTP status and each entry's code. */
export async function expectErrors(response: Response, format: Format, status: number, description: RegExp): Promise<void> {
  const { records } = await list(response, format, 'errors', 'error');
  expect(response.status).toBe(status);
  expect(records.length).toBeGreaterThan(0);
  for (const r of records) expect(Object.keys(r)).toEqual(['code', 'description']);
  expect(records[0]!.code).toBe(String(status));
  expect(records.map((r) => r.description).join(' ')).toMatch(description);
}
