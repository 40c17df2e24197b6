// readCap and writeCap on broken and hostile input: whatever the bytes, readCap returns its result (a
// message or a refusal with a known code, never an exception) within bounded time and memory, and what it
// accepts writeCap writes and readCap reads back to the same model. Corpus: fuzz/corpus/cap/ (see
// fuzz/README.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileText, mutatedText } from '../../../fuzz/harness.mjs';
import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo, type CapValue } from './model.ts';
import { CAP_READ_CODES, readCap, type CapReadLimits } from './read.ts';
import { writeCap } from './write.ts';

const PARSER = 'cap';
const seeds = corpus(PARSER).filter((e) => e.name.startsWith('seed-'));
const decoder = new TextDecoder();
/** What a rewritten message is read back with: writing adds indentation, so the size limit is lifted. */
const AGAIN: Partial<CapReadLimits> = {
  maxBytes: Number.MAX_SAFE_INTEGER,
  maxElements: Number.MAX_SAFE_INTEGER,
};

/** Reads `input`, checks the shape of the result, and that an accepted message survives writing. */
function check(input: Uint8Array | string, limits?: Partial<CapReadLimits>): void {
  const r = readCap(input, limits);
  if (!r.ok) {
    expect(CAP_READ_CODES).toContain(r.code);
    expect(typeof r.message).toBe('string');
    expect(r.message.length).toBeGreaterThan(0);
    if (r.path !== undefined) expect(r.path.startsWith(r.path.split('/')[0] ?? '')).toBe(true);
    return;
  }
  expect(typeof r.alert.identifier).toBe('string');
  const written = writeCap(r.alert);
  const again = readCap(written, { ...limits, ...AGAIN });
  if (!again.ok) throw new Error(`the rewritten message is refused: ${again.code} ${again.message}`);
  expect(again.alert).toStrictEqual(r.alert);
}

const capValues = fc.oneof(
  hostileText,
  fc.constantFrom(
    'Actual',
    'Alert',
    'Public',
    'Met',
    '38.47,-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14',
    '-35.3888,147.0598 25.0',
    CAP_NAMESPACE,
  ),
);
const capFragments = fc.oneof(
  hostileText,
  fc.constantFrom(
    '<!DOCTYPE alert [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
    '&xxe;',
    '&nbsp;',
    '&#0;',
    '&#x1F600;',
    '<!--',
    '-->',
    '<!-- note -->',
    '<![CDATA[',
    ']]>',
    '<![CDATA[<x> & y]]>',
    '<?xml version="1.0"?>',
    '<?pi data?>',
    '</alert>',
    '</cap:alert>',
    `<alert xmlns="${CAP_NAMESPACE}">`,
    '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">',
    '<info>',
    '</info>',
    '<info><category>Met</category><event>x</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty></info>',
    '<cap:info>',
    '<area><areaDesc>a</areaDesc></area>',
    '<parameter><valueName>a</valueName><value/></parameter>',
    '<identifier>again</identifier>',
    '<note/>',
    '<scope></scope>',
    '<au:ext xmlns:au="urn:au">x<au:y/></au:ext>',
    '<x xmlns="">y</x>',
    '<info xmlns:au="urn:au"><au:x/></info>',
    '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature>',
    ' xmlns:cap="urn:other"',
    ' xmlns=""',
    ' a="1" a="2"',
    '<',
    '>',
    '/>',
    '<//>',
    '<a b=c>',
    '<a:b:c/>',
  ),
  fc.integer({ min: 10, max: 20_000 }).map((n) => '<a>'.repeat(n)),
  fc.integer({ min: 10, max: 20_000 }).map((n) => '</a>'.repeat(n)),
  fc.integer({ min: 10, max: 5_000 }).map((n) => `<note>${'&amp;&#x41;'.repeat(n)}</note>`),
  fc
    .integer({ min: 10, max: 5_000 })
    .map((n) => `<e${' xmlns:p="urn:p"'.repeat(1)}>${'<p:c/>'.repeat(n)}</e>`),
);

const limits = fc.option(
  fc.record({
    maxBytes: fc.integer({ min: 0, max: 1 << 15 }),
    maxDepth: fc.integer({ min: 0, max: 8 }),
    maxElements: fc.integer({ min: 0, max: 200 }),
  }),
  { freq: 4 },
);

// Messages built as Pactesur would: any text in any field.
const text = fc.oneof(capValues, fc.string({ maxLength: 30 }));
const pair: fc.Arbitrary<CapValue> = fc.record({ valueName: text, value: text });
const area: fc.Arbitrary<CapArea> = fc.record(
  {
    areaDesc: text,
    polygons: fc.array(text, { maxLength: 2 }),
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
    expires: text,
    instruction: text,
    parameters: fc.array(pair, { maxLength: 3 }),
    resources: fc.array(
      fc.record(
        { resourceDesc: text, mimeType: text, uri: text },
        { requiredKeys: ['resourceDesc', 'mimeType'] },
      ),
      { maxLength: 2 },
    ),
    areas: fc.array(area, { maxLength: 2 }),
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
    note: text,
    references: text,
    codes: fc.array(text, { maxLength: 3 }),
    infos: fc.array(info, { maxLength: 2 }),
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

// Well-formed documents with CAP's elements in any order, any number, empty or not, mixed with what CAP
// does not define: comments, instructions, stray text, elements of other namespaces (some using a prefix a
// CAP element below the root declares), signatures, and CAP elements under another prefix or the default
// namespace. Every one is accepted, and must read back the same once written.
const safeChars = fc.constantFrom(...'ab é€<>&"\' \n\t\r]'.split(''));
const valueText = fc.oneof(
  fc.constantFrom(
    '',
    'Met',
    ' spaced ',
    'a &amp; b',
    '&lt;tag&gt;',
    '&#233;t&#xE9;',
    'line\r\nbreak',
    '<![CDATA[<raw> & ]]>',
    '  ',
    'x<!--c-->y',
    'x<b>bold</b>y',
  ),
  fc
    .string({ unit: safeChars, maxLength: 12 })
    .map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
);
const HOLDS: Readonly<Record<string, Record<string, string>>> = {
  alert: { info: 'info' },
  info: { eventCode: 'pair', parameter: 'pair', resource: 'resource', area: 'area' },
  area: { geocode: 'pair' },
  resource: {},
  pair: {},
};
const SIMPLE: Readonly<Record<string, readonly string[]>> = {
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
    'effective',
    'onset',
    'expires',
    'senderName',
    'headline',
    'description',
    'instruction',
    'web',
    'contact',
  ],
  resource: ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest'],
  area: ['areaDesc', 'polygon', 'circle', 'altitude', 'ceiling'],
  pair: ['valueName', 'value'],
};
const FOREIGN = [
  '<!-- a comment -->',
  '<?pi some data?>',
  'stray text',
  '<au:x xmlns:au="urn:au">t<au:y k="1"/></au:x>',
  '<z xmlns="urn:z"><w/></z>',
  '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/></ds:Signature>',
  '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">\n<SignedInfo/>\n</Signature>',
];

/** The children of a container of `kind`, CAP elements named with `prefix`, nested `depth` more levels at most. */
function capContent(kind: string, prefix: string, depth: number): fc.Arbitrary<string> {
  const q = (n: string): string => (prefix ? `${prefix}:${n}` : n);
  const simple = fc
    .tuple(fc.constantFrom(...(SIMPLE[kind] ?? [])), valueText)
    .map(([n, v]) => (v === '' ? `<${q(n)}/>` : `<${q(n)}>${v}</${q(n)}>`));
  const holders = Object.entries(HOLDS[kind] ?? {});
  const nested =
    depth > 0 && holders.length > 0
      ? fc
          .tuple(fc.constantFrom(...holders), fc.constantFrom('none', 'au', 'default', 'unset'))
          .chain(([[name, child], twist]) => {
            // A CAP element may bind a prefix its children use, take CAP as its default namespace, or unbind it.
            const inner = twist === 'default' ? '' : prefix;
            const decl =
              twist === 'au'
                ? ' xmlns:au="urn:au"'
                : twist === 'default'
                  ? ` xmlns="${CAP_NAMESPACE}"`
                  : twist === 'unset' && prefix !== ''
                    ? ' xmlns=""'
                    : '';
            const extra =
              twist === 'au'
                ? fc.constant('<au:inherited a="1"><au:deeper/></au:inherited>')
                : fc.constant('');
            return fc
              .tuple(capContent(child, inner, depth - 1), extra)
              .map(([content, more]) => `<${q(name)}${decl}>${more}${content}</${q(name)}>`);
          })
      : simple;
  const child = fc.oneof(
    { arbitrary: simple, weight: 6 },
    { arbitrary: nested, weight: 3 },
    { arbitrary: fc.constantFrom(...FOREIGN), weight: 2 },
  );
  return fc
    .array(fc.tuple(child, fc.constantFrom('', '\n  ', ' ')), { maxLength: 10 })
    .map((items) => items.map(([c, ws]) => ws + c).join(''));
}

const capDocuments = fc.constantFrom('', 'cap', 'x').chain((prefix) => {
  const q = (n: string): string => (prefix ? `${prefix}:${n}` : n);
  const decl = prefix ? `xmlns:${prefix}="${CAP_NAMESPACE}"` : `xmlns="${CAP_NAMESPACE}"`;
  return fc
    .tuple(
      fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0"?><!-- before -->'),
      fc.constantFrom(
        '',
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a b"',
        ' xmlns:au="urn:au" xml:lang="fr"',
      ),
      capContent('alert', prefix, 4),
      fc.constantFrom('', '\n', '<!-- after -->'),
    )
    .map(
      ([head, attrs, content, tail]) =>
        `${head}<${q('alert')} ${decl}${attrs}>${content}</${q('alert')}>${tail}`,
    );
});

/** A value as it reads back: characters XML cannot hold were written as U+FFFD. */
function asWritten<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'string'
        ? v.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
        : v,
    ),
  ) as T;
}

describe('readCap on hostile CAP XML', () => {
  it('has its seeds', () => {
    expect(seeds.map((s) => s.name)).toEqual([
      'seed-nsw-rfs-capau-prefixed.xml',
      'seed-oasis-a3-earthquake.xml',
    ]);
  });

  it.each(corpus(PARSER).map((e) => [e.name, e] as const))(
    'replays the corpus entry %s',
    async (_name, entry) => {
      await bounded(() => check(entry.bytes));
      await bounded(() => check(decoder.decode(entry.bytes)));
    },
  );

  it('reads the seeds', () => {
    for (const s of seeds) expect(readCap(s.bytes).ok).toBe(true);
  });

  it.each(seeds.map((s) => [s.name, s] as const))('returns a result for mutations of %s', (_name, s) =>
    fuzz(
      PARSER,
      fc.tuple(mutatedText(decoder.decode(s.bytes), { values: capValues, fragments: capFragments }), limits),
      ([bytes, l]) => check(bytes, l ?? undefined),
      {
        runs: 300,
        encode: ([bytes]) => bytes,
        ext: '.xml',
      },
    ),
  );

  it('reads every well-formed CAP document, whatever its elements and their order, and writes it back losslessly', () =>
    fuzz(
      PARSER,
      capDocuments,
      (xml) => {
        const r = readCap(xml);
        if (!r.ok) throw new Error(`refused: ${r.code} ${r.message}`);
        check(xml);
      },
      { runs: 300, encode: (xml) => xml, ext: '.xml' },
    ));

  it('returns a result for arbitrary bytes and text, with and without a CAP start', () =>
    fuzz(
      PARSER,
      fc.tuple(
        fc.constantFrom('', '<?xml version="1.0"?>', `<alert xmlns="${CAP_NAMESPACE}">`, '\ufeff<'),
        fc.oneof(fc.string({ maxLength: 2000 }), hostileText),
      ),
      ([head, rest]) => check(head + rest),
      { runs: 300, encode: ([head, rest]) => head + rest, ext: '.xml' },
    ));

  it('writes any message of its own so that it reads back the same', () =>
    fuzz(
      PARSER,
      alerts,
      (alert) => {
        const r = readCap(writeCap(alert), AGAIN);
        if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
        const { xml, ...read } = r.alert;
        expect(xml?.prefix).toBeNull();
        expect(read).toStrictEqual(asWritten(alert));
      },
      { runs: 200, encode: (alert) => JSON.stringify(alert), ext: '.json' },
    ));
});
