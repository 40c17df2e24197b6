/**
 * Open311 GeoReport v2, from the specification (wiki.open311.org/GeoReport_v2): every method in both
 * formats — `GET services`, `GET services/{code}`, `POST requests`, `GET requests`, `GET requests/{id}`,
 * `GET tokens/{token}` — their element names and XML shape (read back with a strict reader, compared with
 * the JSON), and the errors as the spec's list of `code` + `description` with the HTTP status they name.
 */
import type { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { expectErrors, FORMATS, list, REQUEST_FIELDS, SERVICE_FIELDS, W3C, type Format } from './test-support/open311-answers.ts';
import { parseStrictXml } from './test-support/strict-xml.ts';
import { coverNice, IN_CENTRE, IN_OLD_TOWN } from './test-support/areas.ts';

let platform: TestPlatform;
let city: PactesurClient;
let key: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  city = await platform.signedIn('admin@nice.example.org');
  await coverNice(city, await platform.signedIn('commander@police.nice.example.org'));
  key = (await city.issueApiKey({ name: 'Conformance client' })).key;
}, 240_000);
afterAll(() => platform?.close());

const get = (path: string, headers: Record<string, string> = {}) => platform.request(`/open311/v2/${path}`, { headers });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (format: Format, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  platform.request(`/open311/v2/requests.${format}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: form(fields) });

const valid = () => ({ api_key: key, service_code: 'lighting-fault', lat: String(IN_CENTRE[1]), long: String(IN_CENTRE[0]), description: 'Street light out on Rue Pastorelli.' });

describe('GET services', () => {
  it.each(FORMATS)('lists every category with the spec fields (%s)', async (format) => {
    const response = await get(`services.${format}`);
    const { status, records } = await list(response, format, 'services', 'service');
    expect(status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(records).toHaveLength(8);
    for (const r of records) expect(Object.keys(r)).toEqual(SERVICE_FIELDS);
    expect(records.find((r) => r.service_code === 'suspicious-vehicle')).toMatchObject({ service_name: 'Suspicious vehicle', metadata: 'false', type: 'realtime', group: 'security', keywords: 'vehicle, truck, parked' });
  });

  it('names them in the language asked, and is the same list in both formats', async () => {
    const headers = { 'accept-language': 'de-DE, fr;q=0.8, en;q=0.5' };
    const json = await list(await get('services.json', headers), 'json', 'services', 'service');
    const xml = await list(await get('services.xml', headers), 'xml', 'services', 'service');
    expect(xml.records).toEqual(json.records);
    expect(json.records.find((r) => r.service_code === 'crowding')?.service_name).toBe('Foule dense');
    expect((await list(await get('services.json', { 'accept-language': 'it' }), 'json', 'services', 'service')).records[0]?.service_name).toBe('Oggetto abbandonato');
    expect((await list(await get('services.json', { 'accept-language': 'es' }), 'json', 'services', 'service')).records[0]?.service_name).toBe('Objeto abandonado');
    expect((await list(await get('services.json', { 'accept-language': 'nl' }), 'json', 'services', 'service')).records[0]?.service_name).toBe('Unattended item');
  });
});

describe('GET services/{service_code}', () => {
  it('answers the definition: the code and no attributes', async () => {
    const json = await get('services/crowding.json');
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ service_code: 'crowding', attributes: [] });
    const xml = parseStrictXml(await (await get('services/crowding.xml')).text());
    expect(xml).toEqual({ name: 'service_definition', text: '', children: [{ name: 'service_code', children: [], text: 'crowding' }, { name: 'attributes', children: [], text: '' }] });
  });

  it.each(FORMATS)('is 404 for an unknown service_code (%s)', async (format) => {
    await expectErrors(await get(`services/potholes.${format}`), format, 404, /service_code "potholes" was not found/);
  });
});

describe('POST requests', () => {
  it.each(FORMATS)('makes a request and answers its id, token and notice (%s)', async (format) => {
    const response = await post(format, { ...valid(), 'attribute[pole]': 'N-1234', email: 'lena@example.org', first_name: 'Léna', last_name: 'Costa', phone: '+33 6 11 22 33 44', media_url: 'https://example.org/photo.jpg', jurisdiction_id: 'nice.fr', device_id: 'x' }, { 'accept-language': 'fr' });
    const { status, records } = await list(response, format, 'service_requests', 'request');
    expect(status).toBe(201);
    expect(records).toHaveLength(1);
    expect(Object.keys(records[0]!)).toEqual(['service_request_id', 'token', 'service_notice', 'account_id']);
    expect(records[0]!.service_request_id).toMatch(/^R-[A-Z2-7]{8}$/);
    expect(records[0]!.account_id).toBe('');
    expect(records[0]!.service_notice).toMatch(/Ville de Nice/);
    expect(records[0]!.service_notice).toMatch(/112/);
    const received = (await city.listReports()).find((r) => r.requestId === records[0]!.service_request_id)!;
    expect(received).toMatchObject({ via: 'open311', attributes: { pole: 'N-1234' }, contact: { firstName: 'Léna', lastName: 'Costa', email: 'lena@example.org', phone: '+33 6 11 22 33 44' }, mediaUrl: 'https://example.org/photo.jpg' });
  });

  it('takes a JSON body and multipart form data too', async () => {
    const json = await platform.request('/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...valid(), lat: IN_CENTRE[1], long: IN_CENTRE[0], attribute: { pole: 'N-9' } }) });
    expect(json.status).toBe(201);
    const multipart = new FormData();
    for (const [k, v] of Object.entries(valid())) multipart.append(k, v);
    const sent = await platform.request('/open311/v2/requests.xml', { method: 'POST', body: multipart });
    expect(sent.status).toBe(201);
    multipart.append('media', new Blob([new Uint8Array([1, 2, 3])]), 'photo.jpg');
    await expectErrors(await platform.request('/open311/v2/requests.xml', { method: 'POST', body: multipart }), 'xml', 400, /media_url/);
  });

  it.each(FORMATS)('is 403 without api_key, or with a key unknown or revoked (%s)', async (format) => {
    const { api_key: _key, ...withoutKey } = valid();
    await expectErrors(await post(format, withoutKey), format, 403, /api_key/);
    await expectErrors(await post(format, { ...valid(), api_key: 'o311_' + 'x'.repeat(43) }), format, 403, /api_key/);
    const revoked = await city.issueApiKey({ name: 'Revoked' });
    expect((await post(format, { ...valid(), api_key: revoked.key })).status).toBe(201);
    await city.revokeApiKey(revoked.id);
    await expectErrors(await post(format, { ...valid(), api_key: revoked.key }), format, 403, /api_key/);
  });

  it.each(FORMATS)('is 404 for an unknown service_code, 400 without one (%s)', async (format) => {
    await expectErrors(await post(format, { ...valid(), service_code: 'graffiti' }), format, 404, /service_code "graffiti" was not found/);
    const { service_code: _code, ...withoutCode } = valid();
    await expectErrors(await post(format, withoutCode), format, 400, /service_code was not provided/);
  });

  it.each(FORMATS)('is 400 without a location, and lists every problem (%s)', async (format) => {
    const { lat: _lat, long: _long, ...withoutPlace } = valid();
    await expectErrors(await post(format, withoutPlace), format, 400, /lat and long, or address_string/);
    const response = await post(format, { ...withoutPlace, lat: '43.7', description: '', email: 'not an e-mail' });
    const { records } = await list(response, format, 'errors', 'error');
    expect(response.status).toBe(400);
    expect(records.map((r) => r.description)).toEqual([expect.stringMatching(/lat and long are given together/), expect.stringMatching(/description was not provided/), expect.stringMatching(/^email:/)]);
    // An address alone is not enough where several organisations take the category.
    await expectErrors(await post(format, { ...withoutPlace, service_code: 'crowding', address_string: 'Place Masséna' }), format, 400, /lat and long/);
    await expectErrors(await post(format, { ...valid(), lat: '95', long: '7.25' }), format, 400, /WGS84/);
    await expectErrors(await post(format, { ...valid(), description: 'x'.repeat(4001) }), format, 400, /^description:/);
    await expectErrors(await post(format, { ...valid(), lat: '43.2', long: '7.0' }), format, 400, /No organisation takes/);
    await expectErrors(await post(format, { ...valid(), service_code: 'suspicious-vehicle', lat: String(IN_OLD_TOWN[1]), long: String(IN_OLD_TOWN[0]) }), format, 400, /not anonymous/);
  });

  it('is 400 for a body that is not fields, and 413 past the body limit', async () => {
    await expectErrors(await platform.request('/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }), 'json', 400, /form-encoded/);
    await expectErrors(await platform.request('/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }), 'json', 400, /JSON/);
    await expectErrors(await post('xml', { ...valid(), description: 'Control\u0001character' }), 'xml', 400, /control character/);
    await expectErrors(await post('json', { ...valid(), description: 'x'.repeat(2 * 1024 * 1024) }), 'json', 413, /at most/);
    // Sent as a stream, without a length: stopped at the limit all the same.
    const big = new TextEncoder().encode(form({ ...valid(), description: 'x'.repeat(2 * 1024 * 1024) }));
    const stream = new Blob([big]).stream();
    const streamed = await platform.request('/open311/v2/requests.xml', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream, duplex: 'half' });
    await expectErrors(streamed, 'xml', 413, /./);
  });
});

describe('GET requests and GET requests/{id}', () => {
  let published: string;
  let unpublished: string;
  beforeAll(async () => {
    const sent = async (description: string, code = 'damaged-barrier') =>
      (await list(await post('json', { ...valid(), service_code: code, description, first_name: 'Secret', email: 'secret@example.org', media_url: 'https://example.org/never.jpg' }), 'json', 'service_requests', 'request')).records[0]!.service_request_id!;
    published = await sent('Bollard <B7> bent & "loose" — l\'entrée sud.\r\nSecond line.');
    unpublished = await sent('Not for the public yet.', 'other');
    const report = (await city.listReports()).find((r) => r.requestId === published)!;
    await city.triageReport(report.id, { status: 'in-progress', statusNote: 'Crew sent', published: true });
  });

  it.each(FORMATS)('answers the public state of each request, with the spec fields (%s)', async (format) => {
    const response = await get(`requests.${format}?service_request_id=${published},${unpublished},R-AAAAAAAA`);
    const { status, records } = await list(response, format, 'service_requests', 'request');
    expect(status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(records.map((r) => r.service_request_id).sort()).toEqual([published, unpublished].sort());
    for (const r of records) {
      expect(Object.keys(r)).toEqual(REQUEST_FIELDS);
      expect(r.requested_datetime).toMatch(W3C);
      expect(r.updated_datetime).toMatch(W3C);
      expect(r).toMatchObject({ agency_responsible: 'Ville de Nice', lat: String(IN_CENTRE[1]), long: String(IN_CENTRE[0]), media_url: '' });
    }
    // Escaped in XML and read back whole; the text once published only; never a name, a contact or the client's media address.
    expect(records.find((r) => r.service_request_id === published)).toMatchObject({ status: 'open', status_notes: 'Crew sent', description: 'Bollard <B7> bent & "loose" — l\'entrée sud.\r\nSecond line.', service_code: 'damaged-barrier', service_name: 'Damaged barrier' });
    expect(records.find((r) => r.service_request_id === unpublished)).toMatchObject({ description: '', status_notes: '' });
    const text = JSON.stringify(records);
    expect(text).not.toMatch(/Secret|secret@example|never\.jpg/);
  });

  it('gives null where a JSON value is unknown, the same records as the XML', async () => {
    const json = await list(await get(`requests.json?service_request_id=${unpublished}`), 'json', '', '');
    expect(json.raw?.[0]).toMatchObject({ description: null, status_notes: null, expected_datetime: null, media_url: null, lat: IN_CENTRE[1], long: IN_CENTRE[0] });
    const xml = await list(await get(`requests.xml?service_request_id=${unpublished}`), 'xml', 'service_requests', 'request');
    expect(xml.records).toEqual(json.records);
  });

  it.each(FORMATS)('filters by service_code, status and dates (%s)', async (format) => {
    const ids = async (query: string) => (await list(await get(`requests.${format}?${query}`), format, 'service_requests', 'request')).records.map((r) => r.service_request_id);
    expect(await ids('service_code=damaged-barrier')).toEqual([published]);
    expect(await ids('service_code=other,damaged-barrier&status=open')).toEqual(expect.arrayContaining([published, unpublished]));
    expect(await ids('service_code=other,damaged-barrier&status=closed')).toEqual([]);
    const now = Date.now();
    const day = (d: number) => new Date(now + d * 86_400_000).toISOString();
    expect(await ids(`service_code=damaged-barrier&start_date=${day(-1)}&end_date=${day(1)}`)).toEqual([published]);
    // Only a start: the 90 days after it, which end before today.
    expect(await ids(`service_code=damaged-barrier&start_date=${day(-100)}`)).toEqual([]);
    expect(await ids(`service_code=damaged-barrier&end_date=${day(1)}`)).toEqual([published]);
  });

  it.each(FORMATS)('is 400 for a date range over 90 days, or a date or status it cannot read (%s)', async (format) => {
    const now = Date.now();
    const day = (d: number) => encodeURIComponent(new Date(now + d * 86_400_000).toISOString());
    await expectErrors(await get(`requests.${format}?start_date=${day(-91)}&end_date=${day(0)}`), format, 400, /more than 90 days/);
    await expectErrors(await get(`requests.${format}?start_date=${day(0)}&end_date=${day(-1)}`), format, 400, /after end_date/);
    await expectErrors(await get(`requests.${format}?start_date=yesterday`), format, 400, /W3C/);
    await expectErrors(await get(`requests.${format}?start_date=2027-01-01T00:00:00`), format, 400, /time zone/);
    await expectErrors(await get(`requests.${format}?status=pending`), format, 400, /open or closed/);
    await expectErrors(await get(`requests.${format}?service_code=potholes`), format, 404, /potholes/);
  });

  it.each(FORMATS)('answers one request by its id, 404 for an unknown one (%s)', async (format) => {
    const { status, records } = await list(await get(`requests/${published}.${format}`), format, 'service_requests', 'request');
    expect(status).toBe(200);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ service_request_id: published, status: 'open' });
    await expectErrors(await get(`requests/R-AAAAAAAA.${format}`), format, 404, /service_request_id "R-AAAAAAAA" was not found/);
    await expectErrors(await get(`requests/${published.toLowerCase()}.${format}`), format, 404, /was not found/);
  });
});

describe('GET tokens/{token}', () => {
  it.each(FORMATS)('answers the request a token follows, 404 for an unknown token (%s)', async (format) => {
    const sent = (await list(await post('json', valid()), 'json', 'service_requests', 'request')).records[0]!;
    const { status, records } = await list(await get(`tokens/${sent.token}.${format}`), format, 'service_requests', 'request');
    expect(status).toBe(200);
    expect(records).toEqual([{ service_request_id: sent.service_request_id, token: sent.token }]);
    await expectErrors(await get(`tokens/${'A'.repeat(43)}.${format}`), format, 404, /token was not found/);
  });
});

describe('any other address', () => {
  it('is 404: an unknown format, resource or method', async () => {
    await expectErrors(await get('services.html'), 'json', 404, /format "html"/);
    await expectErrors(await get('services'), 'json', 404, /format/);
    await expectErrors(await get('discovery.xml'), 'xml', 404, /discovery/);
    await expectErrors(await get('requests/R-AAAAAAAA/notes.json'), 'json', 404, /Open311/);
    await expectErrors(await platform.request('/open311/v2/services.json', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' }), 'json', 404, /services/);
    await expectErrors(await platform.request('/open311/v2/services.json', { method: 'DELETE' }), 'json', 404, /Open311/);
  });

  it('answers a malformed percent-encoding with a 4xx in the spec format', async () => {
    for (const path of ['requests/%E0%A4%A.json', '%ZZ.json', 'tokens/%.json', 'services/%FF%FE.json']) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      await expectErrors(response, 'json', response.status, /./);
    }
  });

  it('refuses a NUL character in the address in the spec format', async () => {
    await expectErrors(await get('requests.xml?service_code=%00'), 'xml', 400, /NUL/);
  });
});
