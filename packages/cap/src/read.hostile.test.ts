// readCap on broken and hostile input: each refused fast with its stable code and a sentence, never an
// exception, never an entity expanded or a file read.
import { describe, expect, it } from 'vitest';
import { CAP_NAMESPACE } from './model.ts';
import { CAP_READ_CODES, CAP_READ_LIMITS, readCap, type CapReadCode, type ReadResult } from './read.ts';
import { writeCap } from './write.ts';

const ROOT = `<alert xmlns="${CAP_NAMESPACE}">`;
const BODY =
  '<identifier>A1</identifier><sender>s@example.org</sender><sent>2024-07-14T21:00:00+02:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>';
const VALID = `${ROOT}${BODY}</alert>`;

function refused(r: ReadResult, code: CapReadCode): { message: string; path?: string } {
  if (r.ok) throw new Error(`read, expected ${code}`);
  expect(r.code).toBe(code);
  expect(CAP_READ_CODES).toContain(r.code);
  expect(r.message.length).toBeGreaterThan(10);
  return r;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('readCap refuses entity tricks before expanding anything', () => {
  it('refuses the billion laughs', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from(
        { length: 9 },
        (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`,
      ).join('') +
      `]>${ROOT}${BODY}<note>&lol9;</note></alert>`;
    const { value, ms } = timed(() => readCap(laughs));
    expect(refused(value, 'XML_DOCTYPE_FORBIDDEN').message).toContain('line 1, column 22');
    expect(ms).toBeLessThan(100);
  });

  it('refuses an external entity (XXE) and never shows the file', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${ROOT}${BODY}<note>&xxe;</note></alert>`;
    const r = refused(readCap(xxe), 'XML_DOCTYPE_FORBIDDEN');
    expect(r.message).not.toContain('root:');
    expect(r.message).toContain('line 2');
  });

  it('refuses any DOCTYPE, even without entities, and in any case', () => {
    refused(readCap(`<!DOCTYPE alert>${VALID}`), 'XML_DOCTYPE_FORBIDDEN');
    refused(readCap(`<!doctype alert>${VALID}`), 'XML_DOCTYPE_FORBIDDEN');
    refused(readCap(`${ROOT}${BODY}<!DOCTYPE x></alert>`), 'XML_DOCTYPE_FORBIDDEN');
  });

  it('refuses an entity declaration outside a DTD', () => {
    refused(readCap(`${ROOT}<!ENTITY x "y">${BODY}</alert>`), 'XML_ENTITY_FORBIDDEN');
  });

  it('refuses unknown entities and reads only the five predefined ones and character references', () => {
    const r = refused(readCap(`${ROOT}${BODY}<note>a&nbsp;b</note></alert>`), 'XML_ENTITY_UNKNOWN');
    expect(r.message).toContain('&nbsp;');
    expect(r.path).toBe('alert/note');
    refused(readCap(`${ROOT}${BODY}<note>&xxe;</note></alert>`), 'XML_ENTITY_UNKNOWN');
    const ok = readCap(`${ROOT}${BODY}<note>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#0067;</note></alert>`);
    expect(ok.ok && ok.alert.note).toBe(`<>&"'ABC`);
  });

  it('refuses character references to characters XML forbids', () => {
    for (const ref of [
      '&#0;',
      '&#x1;',
      '&#xD800;',
      '&#xFFFE;',
      '&#x110000;',
      '&#99999999999999999999;',
      '&#;',
      '&#x;',
      '&#12a;',
    ])
      refused(readCap(`${ROOT}${BODY}<note>${ref}</note></alert>`), 'XML_MALFORMED');
  });
});

describe('readCap refuses what is too large or too deep, fast', () => {
  it('refuses 50 MB of bytes in well under a second', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    bytes.set(new TextEncoder().encode(ROOT));
    const { value, ms } = timed(() => readCap(bytes));
    expect(refused(value, 'XML_TOO_LARGE').message).toContain(String(CAP_READ_LIMITS.maxBytes));
    expect(ms).toBeLessThan(200);
  });

  it('refuses 50 MB of text in well under a second', () => {
    const text = `${ROOT}${BODY}<note>${'x'.repeat(50 * 1024 * 1024)}</note></alert>`;
    const { value, ms } = timed(() => readCap(text));
    refused(value, 'XML_TOO_LARGE');
    expect(ms).toBeLessThan(200);
  });

  it('counts text in UTF-8 bytes: 2 million characters of 3 bytes are too many', () => {
    refused(readCap(`${ROOT}${BODY}<note>${'€'.repeat(2_000_000)}</note></alert>`), 'XML_TOO_LARGE');
    expect(readCap(`${ROOT}${BODY}<note>${'€'.repeat(1_000_000)}</note></alert>`).ok).toBe(true);
  });

  it('refuses elements nested 10 000 deep at the limit, naming where', () => {
    const deep = `${ROOT}${BODY}<note>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</note></alert>`;
    const { value, ms } = timed(() => readCap(deep));
    const r = refused(value, 'XML_TOO_DEEP');
    expect(r.message).toContain(String(CAP_READ_LIMITS.maxDepth));
    expect(r.path?.startsWith('alert/note/a/a/')).toBe(true);
    expect(ms).toBeLessThan(100);
  });

  it('applies limits given by the caller', () => {
    refused(readCap(VALID, { maxBytes: 100 }), 'XML_TOO_LARGE');
    refused(readCap(VALID, { maxDepth: 1 }), 'XML_TOO_DEEP');
    refused(readCap(VALID, { maxElements: 5 }), 'XML_TOO_MANY_ELEMENTS');
    expect(readCap(VALID, { maxDepth: 2, maxElements: 7, maxBytes: VALID.length }).ok).toBe(true);
  });

  it('reads and writes in linear time a message of many elements, extras and namespace declarations', () => {
    const n = 20_000;
    const codes = '<code>c</code><!--x-->'.repeat(n);
    const prefixes = Array.from({ length: n }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('');
    const foreign = Array.from({ length: n }, (_, i) => `<p${i}:x/>`).join('');
    const xml = `${ROOT}${BODY}${codes}<info${prefixes}><category>Met</category>${foreign}<event>E</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty></info></alert>`;
    const { value, ms } = timed(() => {
      const r = readCap(xml);
      return r.ok ? readCap(writeCap(r.alert), { maxBytes: 20 * 1024 * 1024 }) : r;
    });
    expect(value.ok && value.alert.codes).toHaveLength(n);
    expect(value.ok && value.alert.extras).toHaveLength(n);
    expect(value.ok && value.alert.infos[0]?.extras?.[n - 1]?.xml).toBe(
      `<p${n - 1}:x xmlns:p${n - 1}="urn:${n - 1}"/>`,
    );
    expect(ms).toBeLessThan(5_000);
  });

  it('reads a 4 MB message (a large embedded image) within the limits', () => {
    const image = 'QUJD'.repeat(1024 * 1024);
    const r = readCap(
      `${ROOT}${BODY}<info><category>Met</category><event>E</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty><resource><resourceDesc>map</resourceDesc><mimeType>image/png</mimeType><derefUri>${image}</derefUri></resource></info></alert>`,
    );
    expect(r.ok && r.alert.infos[0]?.resources[0]?.derefUri?.length).toBe(image.length);
  });
});

describe('readCap refuses what is not UTF-8', () => {
  it('refuses invalid UTF-8 and names the first bad byte', () => {
    const head = new TextEncoder().encode(`${ROOT}<identifier>`);
    for (const bad of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      const bytes = new Uint8Array([...head, ...bad, ...new TextEncoder().encode('</identifier></alert>')]);
      expect(refused(readCap(bytes), 'XML_INVALID_UTF8').message).toContain(`offset ${head.length}`);
    }
  });

  it('refuses UTF-16 and declared encodings other than UTF-8', () => {
    refused(readCap(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])), 'XML_INVALID_UTF8');
    refused(readCap(`<?xml version="1.0" encoding="ISO-8859-1"?>${VALID}`), 'XML_ENCODING_UNSUPPORTED');
    expect(readCap(`<?xml version="1.0" encoding="utf-8"?>${VALID}`).ok).toBe(true);
  });

  it('reads a byte-order mark', () => {
    expect(readCap(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID)])).ok).toBe(true);
  });
});

describe('readCap refuses XML that is not well-formed', () => {
  const cases: [string, string][] = [
    ['an unclosed root', `${ROOT}${BODY}`],
    ['a truncated tag', `${ROOT}${BODY}<note`],
    ['a truncated attribute', `<alert xmlns="${CAP_NAMESPACE}`],
    ['a mismatched end tag', `${ROOT}${BODY}<note></nate></alert>`],
    ['an end tag with no element open', `</alert>${VALID}`],
    ['an unquoted attribute', `<alert xmlns=${CAP_NAMESPACE}>${BODY}</alert>`],
    ['a duplicated attribute', `<alert xmlns="${CAP_NAMESPACE}" a="1" a="2">${BODY}</alert>`],
    ['attributes run together', `<alert xmlns="${CAP_NAMESPACE}"a="1">${BODY}</alert>`],
    ["'<' in an attribute", `<alert xmlns="${CAP_NAMESPACE}" a="<">${BODY}</alert>`],
    ['a bare &', `${ROOT}${BODY}<note>a & b</note></alert>`],
    ["']]>' in text", `${ROOT}${BODY}<note>a ]]> b</note></alert>`],
    ["'--' in a comment", `${ROOT}<!-- a -- b -->${BODY}</alert>`],
    ['an unclosed comment', `${ROOT}<!-- ${BODY}</alert>`],
    ['an unclosed CDATA section', `${ROOT}${BODY}<note><![CDATA[x</note></alert>`],
    ['text after the root', `${VALID}tail`],
    ['a second root', `${VALID}${VALID}`],
    ['text before the root', `x${VALID}`],
    ['an undeclared prefix', `${ROOT}${BODY}<au:x/></alert>`],
    ['an XML declaration not at the start', ` <?xml version="1.0"?>${VALID}`],
    ['XML 1.1', `<?xml version="1.1"?>${VALID}`],
    ['a control character', `${ROOT}${BODY}<note>\u0001</note></alert>`],
    ['a lone surrogate', `${ROOT}${BODY}<note>\ud800</note></alert>`],
    ['U+FFFF', `${ROOT}${BODY}<note>\uffff</note></alert>`],
    ["'<' starting no tag", `${ROOT}${BODY}<note>1 < 2</note></alert>`],
    ['an unknown <! declaration', `${ROOT}<!ELEMENT x ANY>${BODY}</alert>`],
    ['an empty prefix declaration', `<alert xmlns="${CAP_NAMESPACE}" xmlns:a="">${BODY}</alert>`],
    ['the xmlns prefix declared', `<alert xmlns="${CAP_NAMESPACE}" xmlns:xmlns="urn:x">${BODY}</alert>`],
    ['a qualified name with two colons', `${ROOT}${BODY}<a:b:c xmlns:a="urn:a"/></alert>`],
  ];

  it.each(cases)('refuses %s with XML_MALFORMED', (_what, xml) => {
    const r = refused(readCap(xml), 'XML_MALFORMED');
    expect(r.message).toMatch(/\(line \d+, column \d+\)$/);
  });

  it('names the element and its place in the message', () => {
    const r = refused(
      readCap(`${ROOT}${BODY}<info><area></area><area><polygon>1 & 2</polygon></area></info></alert>`),
      'XML_MALFORMED',
    );
    expect(r.path).toBe('alert/info[0]/area[1]/polygon[0]');
  });

  it('refuses an empty text or one without a root with XML_EMPTY', () => {
    for (const xml of ['', '   \n', '<?xml version="1.0"?>', '<!-- only -->', new Uint8Array(0)])
      refused(readCap(xml), 'XML_EMPTY');
  });
});
