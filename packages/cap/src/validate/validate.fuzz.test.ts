// The semantic layer and the Atom feed reader on broken and hostile input: validateSemantics answers a list
// of findings (known codes at their levels, paths under `alert`, short messages) and never throws, whatever
// the alert holds; the parsers of references, polygons, circles and dates answer a value or a reason; the
// crossing test of polygons agrees with a plain comparison of every pair of edges; readAtomFeed answers
// entries or a refusal. All within bounded time and memory. Seeds: the messages and feeds of data/cap/;
// corpus: fuzz/corpus/cap-validate/ (see fuzz/README.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileText, mutatedText } from '../../../../fuzz/harness.mjs';
import type { CapAlert, CapArea, CapInfo, CapValue } from '../model.ts';
import { readCap } from '../read.ts';
import { dataFile, VALID_MESSAGES } from '../test-support/fixtures.ts';
import { readAtomFeed } from './atom-feed.ts';
import { capInstant, dateProblem } from './dates.ts';
import { SEMANTIC_CODES, type Finding } from './finding.ts';
import { findCrossing, parseCircle, parsePolygon, type LatLon } from './geometry.ts';
import { PACTESUR_PROFILE_CODE } from './profile.ts';
import { mutatedMessage } from './test-support/mutated-message.ts';
import { parseReferences } from './references.ts';
import { validateSemantics } from './validate-semantics.ts';

const PARSER = 'cap-validate';
const decoder = new TextDecoder();
const seeds = VALID_MESSAGES.map((m) => m.text);
const feeds = ['feeds/nws-atom-index-cap11.atom', 'feeds/sa-cfs-atom-no-entries-cap12.atom'].map((f) =>
  decoder.decode(dataFile(f)),
);
const PROFILE = { code: PACTESUR_PROFILE_CODE, languages: ['fr-FR', 'en-GB', 'it-IT'] };

function checkFindings(findings: readonly Finding[], root: string): void {
  for (const f of findings) {
    expect(f.path === root || f.path.startsWith(`${root}/`)).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    // A message quotes the input in part only: never a whole 100 000-character value.
    expect(f.message.length).toBeLessThan(1_000);
  }
}

/** Every finding of the semantic layer is one of its codes, at that code's level. */
function checkSemantics(alert: CapAlert): void {
  for (const options of [
    {},
    {
      profile: PROFILE,
      now: new Date(0),
      episode: [{ sender: 'a', identifier: 'b', sent: '2024-01-01T00:00:00+00:00' }],
    },
  ]) {
    const findings = validateSemantics(alert, options);
    for (const f of findings) expect(SEMANTIC_CODES[f.code as keyof typeof SEMANTIC_CODES]).toBe(f.level);
    checkFindings(findings, 'alert');
  }
}

function checkBytes(bytes: Uint8Array): void {
  const r = readCap(bytes);
  if (r.ok) checkSemantics(r.alert);
}

// Values that look like what the rules read, and what breaks them.
const capValues = fc.oneof(
  hostileText,
  fc.constantFrom(
    'Very Likely',
    'Private',
    'Restricted',
    'Update',
    '2003-06-17T14:57:00-07:00',
    '2003-06-17T14:57:00Z',
    '38.47,-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14',
    '0,0 1,1 0,1 1,0 0,0',
    '-35.3888,147.0598 25.0',
    'a@b,c,2003-06-17T14:57:00-07:00',
    'a@b,c,2003-06-17T14:57:00-07:00 a@b,c,2003-06-17T14:57:00-07:00',
    '<b>bold</b>',
    '&amp;amp;',
    PACTESUR_PROFILE_CODE,
  ),
);
const text = fc.oneof(capValues, fc.string({ maxLength: 30 }));
const pair: fc.Arbitrary<CapValue> = fc.record({ valueName: text, value: text });
const area: fc.Arbitrary<CapArea> = fc.record(
  {
    areaDesc: text,
    polygons: fc.array(text, { maxLength: 3 }),
    circles: fc.array(text, { maxLength: 2 }),
    geocodes: fc.array(pair, { maxLength: 2 }),
    altitude: text,
    ceiling: text,
  },
  { requiredKeys: ['areaDesc', 'polygons', 'circles', 'geocodes'] },
);
const info: fc.Arbitrary<CapInfo> = fc.record(
  {
    language: text,
    categories: fc.array(text, { maxLength: 2 }),
    event: text,
    responseTypes: fc.array(text, { maxLength: 2 }),
    urgency: text,
    severity: text,
    certainty: text,
    eventCodes: fc.array(pair, { maxLength: 2 }),
    effective: text,
    onset: text,
    expires: text,
    senderName: text,
    headline: text,
    description: text,
    instruction: text,
    contact: text,
    parameters: fc.array(pair, { maxLength: 2 }),
    resources: fc.array(fc.record({ resourceDesc: text, mimeType: text }), { maxLength: 2 }),
    areas: fc.array(area, { maxLength: 3 }),
  },
  {
    requiredKeys: [
      'categories',
      'event',
      'responseTypes',
      'urgency',
      'severity',
      'certainty',
      'eventCodes',
      'parameters',
      'resources',
      'areas',
    ],
  },
);
const alerts: fc.Arbitrary<CapAlert> = fc.record(
  {
    identifier: text,
    sender: text,
    sent: text,
    status: text,
    msgType: text,
    source: text,
    scope: text,
    restriction: text,
    addresses: text,
    note: text,
    references: text,
    codes: fc.array(text, { maxLength: 3 }),
    infos: fc.array(info, { maxLength: 4 }),
    signatures: fc.constant([]),
  },
  {
    requiredKeys: [
      'identifier',
      'sender',
      'sent',
      'status',
      'msgType',
      'scope',
      'codes',
      'infos',
      'signatures',
    ],
  },
);

/** Every pair of edges compared, without the sweep: what {@link findCrossing} must agree with. */
function crossesPlainly(ring: readonly LatLon[]): boolean {
  const pts = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
  const k = pts.length - 1;
  if (k < 3) return true;
  const o = (a: LatLon, b: LatLon, c: LatLon): number =>
    Math.sign((b[1] - a[1]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[1] - a[1]));
  const on = (a: LatLon, b: LatLon, c: LatLon): boolean =>
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1]);
  const p = (i: number): LatLon => pts[i] as LatLon;
  for (let i = 0; i < k; i++) {
    const prev = p(i === 0 ? k - 1 : i - 1);
    const next = p(i + 1);
    if (
      o(prev, p(i), next) === 0 &&
      (prev[0] - p(i)[0]) * (next[0] - p(i)[0]) + (prev[1] - p(i)[1]) * (next[1] - p(i)[1]) > 0
    )
      return true;
  }
  for (let i = 0; i < k; i++)
    for (let j = i + 2; j < k; j++) {
      if (i === 0 && j === k - 1) continue;
      const [a, b, c, d] = [p(i), p(i + 1), p(j), p(j + 1)];
      const [o1, o2, o3, o4] = [o(a, b, c), o(a, b, d), o(c, d, a), o(c, d, b)];
      if (
        (o1 !== o2 && o3 !== o4) ||
        (o1 === 0 && on(a, b, c)) ||
        (o2 === 0 && on(a, b, d)) ||
        (o3 === 0 && on(c, d, a)) ||
        (o4 === 0 && on(c, d, b))
      )
        return true;
    }
  return false;
}

/** Rings on a small grid, so that corners coincide and edges overlap often. */
const gridRing = fc
  .array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), {
    minLength: 3,
    maxLength: 12,
  })
  .map((pts) => [...pts, pts[0] as [number, number]] as LatLon[]);

describe('the semantic layer on hostile input', () => {
  it.each(corpus(PARSER).map((e) => [e.name, e.bytes] as const))(
    'replays the corpus entry %s',
    (_name, bytes) => bounded(() => checkBytes(bytes)),
  );

  it('judges mutated real messages', () =>
    fuzz(
      PARSER,
      fc.oneof(
        mutatedMessage(seeds),
        fc.constantFrom(...seeds).chain((seed) => mutatedText(seed, { values: capValues, maxRepeat: 2_000 })),
      ),
      checkBytes,
      { runs: 300, encode: (b) => b, ext: '.xml' },
    ));

  it('judges alerts holding anything in any field', () =>
    fuzz(PARSER, alerts, checkSemantics, { runs: 400, encode: (a) => JSON.stringify(a), ext: '.json' }));

  it('parses hostile references, polygons, circles and dates to a value or a reason', () =>
    fuzz(
      PARSER,
      fc.oneof(
        capValues,
        fc.tuple(capValues, capValues).map(([a, b]) => `${a} ${b}`),
        fc.integer({ min: 1, max: 200_000 }).map((n) => '1,1 '.repeat(n)),
      ),
      (t) => {
        const refs = parseReferences(t);
        if (!refs.ok) expect(refs.message.length).toBeLessThan(1_000);
        else expect(refs.refs.length).toBeGreaterThan(0);
        const polygon = parsePolygon(t);
        if (!polygon.ok) expect(polygon.message.length).toBeLessThan(1_000);
        const circle = parseCircle(t);
        if (circle.ok) expect(circle.radiusKm).toBeGreaterThanOrEqual(0);
        if (capInstant(t) === null) expect(dateProblem(t).length).toBeGreaterThan(0);
      },
      { runs: 300, encode: (t) => t, ext: '.txt' },
    ));

  it('finds a crossing exactly when a plain comparison of every pair of edges does', () =>
    fuzz(PARSER, gridRing, (ring) => expect(findCrossing(ring) !== null).toBe(crossesPlainly(ring)), {
      runs: 1_000,
      encode: (r) => JSON.stringify(r),
      ext: '.json',
    }));
});

describe('the Atom feed reader on hostile input', () => {
  it('answers mutated feeds with entries or a refusal', () =>
    fuzz(
      PARSER,
      fc.constantFrom(...feeds).chain((seed) => mutatedText(seed, { maxRepeat: 2_000 })),
      (bytes) => {
        const r = readAtomFeed(bytes);
        if (!r.ok) {
          expect(r.message.length).toBeGreaterThan(0);
          return;
        }
        checkFindings(r.findings, 'feed');
        for (const e of r.entries) checkFindings(e.findings, e.path);
      },
      { runs: 300, encode: (b) => b, ext: '.atom' },
    ));
});
