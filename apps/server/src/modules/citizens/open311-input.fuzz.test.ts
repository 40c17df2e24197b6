// The fields of an Open311 `POST requests` (any form body or JSON object a client sends): readOpen311Post
// answers a report the contract accepts, every text of it writable as XML, or the spec's errors (400, 403 or
// 404, each with a description the XML writer takes) — never an exception, within bounded time and memory.
import { NewReport } from '@pactesur/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, fuzz, hostileJson, hostileText, mutatedText } from '../../../../../fuzz/harness.mjs';
import { jsonFields, readOpen311Post, type Fields } from './open311-input.ts';
import { errorsAnswer } from './open311-output.ts';
import { isXmlText, xmlDocument } from './open311-xml.ts';

const PARSER = 'open311-form';
const SEED = 'api_key=o311_abc&service_code=crowding&lat=43.6961&long=7.2759&address_string=Place+Mass%C3%A9na&description=Too+many+people+at+the+gate&email=ana%40example.org&first_name=Ana&last_name=Rossi&phone=%2B33+6+00&attribute%5Bgate%5D=north&media_url=https%3A%2F%2Fexample.org%2Fp.jpg';
const NAMES = ['api_key', 'service_code', 'lat', 'long', 'address_string', 'description', 'email', 'first_name', 'last_name', 'phone', 'media_url', 'attribute[gate]', 'attribute[]', 'jurisdiction_id'];

function check(fields: Fields): void {
  const read = readOpen311Post(fields, 'fr');
  if (read.ok) {
    expect(NewReport.safeParse(read.value.report).success).toBe(true);
    expect(read.value.apiKey).not.toBe('');
    const texts = [read.value.report.description, read.value.report.address, read.value.report.mediaUrl, ...Object.values(read.value.report.contact), ...Object.entries(read.value.report.attributes).flat()];
    for (const t of texts) expect(isXmlText(t) && !t.includes('\u0000')).toBe(true);
    return;
  }
  expect(read.problems.length).toBeGreaterThan(0);
  for (const p of read.problems) {
    expect([400, 403, 404]).toContain(p.code);
    expect(p.description.length).toBeGreaterThan(0);
  }
  // The answer is written in both formats without a throw.
  const answer = errorsAnswer(read.problems);
  expect(xmlDocument(answer.xml)).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<errors><error><code>/);
  expect(() => JSON.stringify(answer.json)).not.toThrow();
}

const formOf = (bytes: Uint8Array): Fields => [...new URLSearchParams(new TextDecoder().decode(bytes))];
const fieldsArb = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), hostileText), fc.oneof(hostileText, fc.constantFrom('43.7', '7.25', '-0', '1e309', 'NaN', 'crowding', 'other', 'o311_x', ''))), { maxLength: 40 });

describe('Open311 POST fields', () => {
  it('reads the seed as a report, and names each problem of a broken one', () => {
    const read = readOpen311Post(formOf(new TextEncoder().encode(SEED)), 'en');
    expect(read).toMatchObject({ ok: true, value: { apiKey: 'o311_abc', report: { category: 'crowding', location: [7.2759, 43.6961], attributes: { gate: 'north' }, contact: { lastName: 'Rossi' } } } });
    expect(readOpen311Post([['service_code', 'crowding']], 'en')).toMatchObject({ ok: false, problems: [{ code: 403 }] });
    expect(readOpen311Post([['api_key', 'k'], ['service_code', 'x\u0001']], 'en')).toMatchObject({ ok: false, problems: [{ code: 400 }] });
    expect(jsonFields({ ['\uD800'.repeat(40)]: {} })).toMatchObject({ code: 400 });
    const odd = (more: Fields) => readOpen311Post([['api_key', 'k'], ['service_code', 'other'], ['address_string', 'x'], ['description', 'd'], ...more], 'en');
    const answered = odd([['attribute[constructor]', 'b'], ['attribute[toString]', 'c']]);
    expect(answered.ok && Object.entries(answered.value.report.attributes)).toEqual([['constructor', 'b'], ['toString', 'c']]);
    expect(odd([['attribute[__proto__]', 'a']])).toMatchObject({ ok: false, problems: [{ code: 400 }] });
  });

  it('answers for mutations of a real form body', () => fuzz(PARSER, mutatedText(SEED, { maxRepeat: 2_000 }), (bytes) => check(formOf(bytes)), { runs: 300, encode: (b) => b, ext: '.txt' }));

  it('answers for arbitrary fields', () => fuzz(`${PARSER}-fields`, fieldsArb, check, { runs: 300, encode: (f) => JSON.stringify(f), ext: '.json' }));

  it('answers for any JSON body', () =>
    fuzz(
      `${PARSER}-json`,
      hostileJson,
      (body) => {
        const fields = jsonFields(body);
        if ('code' in fields) {
          expect(fields.code).toBe(400);
          expect(() => xmlDocument(errorsAnswer([fields]).xml)).not.toThrow();
        } else check(fields);
      },
      { runs: 300, encode: (b) => JSON.stringify(b) ?? 'undefined', ext: '.json' },
    ));

  it('answers for a huge or empty form', () =>
    bounded(() => {
      check([]);
      check(Array.from({ length: 5_000 }, (_, i): [string, string] => [`attribute[${i}]`, 'x']));
      check([['api_key', 'k'], ['service_code', 'other'], ['lat', '43.7'], ['long', '7.25'], ['description', 'x'.repeat(100_000)]]);
    }));
});
