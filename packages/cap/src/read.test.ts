import { describe, expect, it } from 'vitest';
import { CAP_NAMESPACE, type CapAlert } from './model.ts';
import { readCap } from './read.ts';
import { canonicalXml } from './test-support/canonical.ts';
import { dataFile, fixture } from './test-support/fixtures.ts';
import { writeCap } from './write.ts';

function read(xml: string | Uint8Array): CapAlert {
  const r = readCap(xml);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.alert;
}

/** A minimal alert in the default namespace around `inner` (the children after `scope`). */
function message(inner: string, root = `<alert xmlns="${CAP_NAMESPACE}">`, close = '</alert>'): string {
  const p = root.startsWith('<cap:') ? 'cap:' : '';
  return `${root}<${p}identifier>A1</${p}identifier><${p}sender>city@example.org</${p}sender><${p}sent>2024-07-14T21:00:00+02:00</${p}sent><${p}status>Actual</${p}status><${p}msgType>Alert</${p}msgType><${p}scope>Public</${p}scope>${inner}${close}`;
}

describe('readCap on the messages of data/cap', () => {
  it('reads the values of the OASIS example A.1 as written', () => {
    const a = read(fixture('01-').bytes);
    expect(a.identifier).toBe('43b080713727');
    expect(a.codes).toEqual([]);
    const info = a.infos[0];
    expect(info?.categories).toEqual(['Security']);
    expect(info?.instruction?.startsWith(' A High Condition')).toBe(true);
    expect(info?.description).toContain('\n            System threat level');
    expect(info?.parameters).toEqual([{ valueName: 'HSAS', value: 'ORANGE' }]);
    expect(info?.resources).toEqual([
      {
        resourceDesc: 'Image file (GIF)',
        mimeType: 'image/gif',
        uri: 'http://www.dhs.gov/dhspublic/getAdvisoryImage',
      },
    ]);
    expect(info?.areas).toEqual([
      { areaDesc: 'U.S. nationwide and interests worldwide', polygons: [], circles: [], geocodes: [] },
    ]);
    expect(info?.language).toBeUndefined();
    expect(a.xml).toEqual({ prefix: null, namespaces: [['', CAP_NAMESPACE]] });
  });

  it('reads the cap: prefix, entities in text, and a required value written empty', () => {
    const a = read(fixture('07-').bytes);
    expect(a.xml?.prefix).toBe('cap');
    expect(a.xml?.namespaces).toEqual([['cap', CAP_NAMESPACE]]);
    expect(a.infos).toHaveLength(2);
    expect(a.infos[0]?.description?.startsWith('ALERT LEVEL: Not Applicable<br />LOCATION')).toBe(true);
    expect(a.infos[0]?.parameters[5]).toEqual({ valueName: 'AllocatedResources', value: '' });
    expect(a.xml?.emptyElements).toEqual([
      'alert/info[0]/parameter[5]/value',
      'alert/info[1]/parameter[5]/value',
    ]);
    expect(a.infos[1]?.areas[0]?.circles).toEqual(['-35.3888,147.0598 25.0']);
  });

  it('keeps optional elements written empty as empty, apart from absent ones', () => {
    const a = read(fixture('08-').bytes);
    expect([a.restriction, a.addresses, a.note, a.incidents]).toEqual(['', '', '', '']);
    expect(a.infos[0]?.instruction).toBe('"Please monitor for further updates to this alert."');
    expect(a.infos[1]?.instruction).toBe('');
    expect(a.infos[0]?.contact).toBe('');
    expect(a.xml?.emptyElements).toEqual(
      expect.arrayContaining([
        'alert/restriction',
        'alert/addresses',
        'alert/note',
        'alert/incidents',
        'alert/info[1]/instruction',
        'alert/info[0]/contact',
      ]),
    );
    expect(a.codes).toEqual(['profile:CAP-CP:0.4', 'layer:EC-MSC-SMC:1.0', 'layer:SOREM:1.0']);
    expect(
      a.signatures[0]?.startsWith(
        '<Signature Id="NAADS Signature" xmlns="http://www.w3.org/2000/09/xmldsig#">',
      ),
    ).toBe(true);
  });

  it("keeps the root's other attributes and namespace declarations (DWD)", () => {
    const a = read(fixture('09-').bytes);
    expect(a.xml?.namespaces).toEqual([
      ['', CAP_NAMESPACE],
      ['xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ]);
    expect(a.xml?.attributes).toEqual([
      [
        'xsi:schemaLocation',
        'urn:oasis:names:tc:emergency:cap:1.2 https://werdis.dwd.de/conf/CAP-DWD-Profil-v2.1.xsd',
      ],
    ]);
    expect(a.infos[0]?.areas[0]).toMatchObject({ altitude: '0.0', ceiling: '9842.5197' });
    expect(a.infos[0]?.event).toBe('WINDBÖEN');
  });

  it('reads a message missing its scope with scope empty, and writes it without scope again', () => {
    const m = fixture('invalid/invalid-missing-scope');
    const a = read(m.bytes);
    expect(a.scope).toBe('');
    expect(a.xml?.emptyElements).toBeUndefined();
    expect(a.extras).toEqual([{ after: 'msgType', xml: '<!-- Missing required Scope -->' }]);
    expect(writeCap(a)).not.toContain('scope');
  });

  it('reads empty references as empty and keeps the comment after them', () => {
    const a = read(fixture('invalid/invalid-empty-references').bytes);
    expect(a.references).toBe('');
    expect(a.extras).toEqual([{ after: 'references', xml: '<!-- Zero references is invalid -->' }]);
  });

  it('reads text handed in as a string as it reads the bytes', () => {
    const m = fixture('04-');
    expect(read(m.text)).toStrictEqual(read(m.bytes));
    expect(read(m.text).infos[1]?.event).toBe('Abducción de Niño');
  });
});

describe('readCap: the written form', () => {
  it('reads any prefix for the CAP namespace and writes it back', () => {
    const xml = message(
      '<x:info><x:category>Met</x:category><x:event>Storm</x:event><x:urgency>Expected</x:urgency><x:severity>Minor</x:severity><x:certainty>Likely</x:certainty></x:info>',
      `<x:alert xmlns:x="${CAP_NAMESPACE}">`,
      '</x:alert>',
    ).replace(/<(\/?)(identifier|sender|sent|status|msgType|scope)>/g, '<$1x:$2>');
    const a = read(xml);
    expect(a.xml?.prefix).toBe('x');
    expect(a.infos[0]?.event).toBe('Storm');
    const written = writeCap(a);
    expect(written).toContain('<x:alert xmlns:x="urn:oasis:names:tc:emergency:cap:1.2">');
    expect(written).toContain('<x:event>Storm</x:event>');
    expect(canonicalXml(written)).toBe(canonicalXml(xml));
  });

  it('keeps elements of other namespaces, comments and stray text in place, the occurrence they followed included', () => {
    const xml = message(
      '<!--first--><code>a</code><code>b</code><au:ext xmlns:au="urn:au">one<au:deep k="v"/></au:ext><code>c</code>' +
        '<info><!--top--><category>Met</category><event>E</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty>' +
        '<parameter><valueName>n</valueName><!--in pair--><value>v</value></parameter><parameter><valueName>m</valueName><value>w</value></parameter>stray &amp; text' +
        '<area><areaDesc>Here</areaDesc><polygon>1,1 1,2 2,2 1,1</polygon><ns:p xmlns:ns="urn:p"/><polygon>3,3 3,4 4,4 3,3</polygon></area></info>',
    );
    const a = read(xml);
    expect(a.extras).toEqual([
      { after: 'scope', xml: '<!--first-->' },
      { after: 'code', afterIndex: 1, xml: '<au:ext xmlns:au="urn:au">one<au:deep k="v"/></au:ext>' },
    ]);
    const info = a.infos[0];
    expect(info?.extras).toEqual([
      { after: null, xml: '<!--top-->' },
      { after: 'parameter', afterIndex: 1, xml: 'stray &amp; text' },
    ]);
    expect(info?.parameters[0]?.extras).toEqual([{ after: 'valueName', xml: '<!--in pair-->' }]);
    expect(info?.areas[0]?.extras).toEqual([
      { after: 'polygon', afterIndex: 0, xml: '<ns:p xmlns:ns="urn:p"/>' },
    ]);
    expect(canonicalXml(writeCap(a))).toBe(canonicalXml(xml));
  });

  it('keeps a second copy of a single element and a CAP element out of its place as extras', () => {
    const a = read(message('<identifier>again</identifier><polygon>1,1 1,2 2,2 1,1</polygon>'));
    expect(a.identifier).toBe('A1');
    expect(a.extras?.map((e) => e.xml)).toEqual([
      `<identifier>again</identifier>`,
      `<polygon>1,1 1,2 2,2 1,1</polygon>`,
    ]);
  });

  it('adds to an extra the namespace bindings it took from a CAP element below the root', () => {
    const xml = message(
      '<info xmlns:au="urn:au"><category>Met</category><event>E</event><urgency>Past</urgency><severity>Minor</severity><certainty>Observed</certainty><au:x a="1"/><area xmlns="urn:other"><z/></area></info>',
    );
    const a = read(xml);
    expect(a.infos[0]?.extras).toEqual([
      { after: 'certainty', xml: '<au:x xmlns:au="urn:au" a="1"/>' },
      { after: 'certainty', xml: '<area xmlns="urn:other"><z/></area>' },
    ]);
    expect(canonicalXml(writeCap(a))).toBe(canonicalXml(xml));
  });

  it('keeps comments and processing instructions around the root', () => {
    const xml = `<?xml version="1.0"?>\n<!-- before --><?style x?>\n${message('')}\n<!-- after -->`;
    const a = read(xml);
    expect(a.xml?.prolog).toEqual(['<!-- before -->', '<?style x?>']);
    expect(a.xml?.epilog).toEqual(['<!-- after -->']);
    expect(canonicalXml(writeCap(a))).toBe(canonicalXml(xml));
  });

  it('reads CDATA, character references and line ends as XML defines them', () => {
    const a = read(message('<note>a<![CDATA[<b> & ]]>&#233;&#x20AC;\r\nz&#13;</note>'));
    expect(a.note).toBe('a<b> & é€\nz\r');
  });
});

describe('readCap: not CAP 1.2', () => {
  it('refuses a CAP 1.1 message with its own code', () => {
    const r = readCap(message('', '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">'));
    expect(r).toMatchObject({ ok: false, code: 'CAP_VERSION_UNSUPPORTED', path: 'alert' });
    if (!r.ok) expect(r.message).toContain('CAP 1.1');
  });

  it('refuses an alert in no namespace, another root, and the Atom feeds', () => {
    expect(readCap('<alert><identifier>x</identifier></alert>')).toMatchObject({
      ok: false,
      code: 'NOT_CAP_12',
    });
    expect(readCap(`<info xmlns="${CAP_NAMESPACE}"/>`)).toMatchObject({
      ok: false,
      code: 'NOT_CAP_12',
      path: 'info',
    });
    for (const feed of ['feeds/nws-atom-index-cap11.atom', 'feeds/sa-cfs-atom-no-entries-cap12.atom']) {
      const r = readCap(dataFile(feed));
      expect(r).toMatchObject({ ok: false, code: 'NOT_CAP_12', path: 'feed' });
      if (!r.ok) expect(r.message).toContain('http://www.w3.org/2005/Atom');
    }
  });
});
