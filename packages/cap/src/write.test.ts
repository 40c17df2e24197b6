import { describe, expect, it } from 'vitest';
import { CAP_ORDER } from './cap-elements.ts';
import { CAP_NAMESPACE, type CapAlert, type CapInfo } from './model.ts';
import { readCap } from './read.ts';
import { writeCap } from './write.ts';
import { parseXml } from './xml/parse-xml.ts';
import type { XmlElement } from './xml/xml-tree.ts';

const info: CapInfo = {
  language: 'fr-FR',
  categories: ['Safety', 'Security'],
  event: 'Mouvement de foule',
  responseTypes: ['Avoid'],
  urgency: 'Immediate',
  severity: 'Severe',
  certainty: 'Observed',
  eventCodes: [],
  expires: '2024-07-14T23:00:00+02:00',
  senderName: 'Ville de Nice',
  headline: 'Évitez la Promenade',
  instruction: 'Éloignez-vous du quai & suivez les agents <ici>.',
  contact: 'mairie@nice.example',
  parameters: [{ valueName: 'layer', value: 'crowd' }],
  resources: [],
  areas: [
    {
      areaDesc: 'Promenade des Anglais',
      polygons: ['43.69,7.25 43.69,7.27 43.7,7.27 43.69,7.25'],
      circles: ['43.695,7.26 0.5'],
      geocodes: [],
    },
  ],
};

/** A message as Pactesur makes it: no written form of its own. */
const own: CapAlert = {
  identifier: 'nice-2024-0001',
  sender: 'alerte@nice.example',
  sent: '2024-07-14T22:30:00+02:00',
  status: 'Actual',
  msgType: 'Alert',
  scope: 'Public',
  codes: ['pactesur-city-profile'],
  note: '',
  infos: [info],
  signatures: [],
};

function root(xml: string): XmlElement {
  const r = parseXml(xml, { maxDepth: 32, maxElements: 10_000 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.root;
}

function childNames(el: XmlElement): string[] {
  return el.children.flatMap((c) => (c.kind === 'element' ? [c.local] : []));
}

/** Whether `names` keep the relative order of `order`. */
function inOrder(names: readonly string[], order: readonly string[]): boolean {
  const ranks = names.map((n) => order.indexOf(n));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= (ranks[i - 1] as number)));
}

describe('writeCap', () => {
  it('writes a message of its own in the CAP namespace, in the strict order, and reads it back the same', () => {
    const xml = writeCap(own);
    const r = root(xml);
    expect(r.ns).toBe(CAP_NAMESPACE);
    expect(r.prefix).toBeNull();
    expect(childNames(r)).toEqual([
      'identifier',
      'sender',
      'sent',
      'status',
      'msgType',
      'scope',
      'code',
      'note',
      'info',
    ]);
    const infoEl = r.children.find((c): c is XmlElement => c.kind === 'element' && c.local === 'info');
    expect(infoEl && inOrder(childNames(infoEl), CAP_ORDER.info)).toBe(true);
    expect(infoEl && childNames(infoEl)).toEqual([
      'language',
      'category',
      'category',
      'event',
      'responseType',
      'urgency',
      'severity',
      'certainty',
      'expires',
      'senderName',
      'headline',
      'instruction',
      'contact',
      'parameter',
      'area',
    ]);
    const back = readCap(xml);
    expect(back.ok && back.alert.infos).toEqual(own.infos);
    expect(back.ok && back.alert.note).toBe('');
  });

  it('escapes text so that it reads back exactly', () => {
    const tricky = 'a < b && c > d ]]> "quoted" \'single\'\r\n\ttab';
    const xml = writeCap({
      ...own,
      note: tricky,
      xml: { prefix: 'cap', namespaces: [['cap', CAP_NAMESPACE]], attributes: [['xml:lang', 'x"\n\t<&']] },
    });
    const back = readCap(xml);
    expect(back.ok && back.alert.note).toBe(tricky);
    expect(back.ok && back.alert.xml?.attributes).toEqual([['xml:lang', 'x"\n\t<&']]);
  });

  it('writes characters XML cannot hold as U+FFFD rather than a broken document', () => {
    const back = readCap(writeCap({ ...own, note: 'a\u0000b\ud800c\uffff' }));
    expect(back.ok && back.alert.note).toBe('a\uFFFDb\uFFFDc\uFFFD');
  });

  it('leaves out an absent optional element and writes an empty one empty', () => {
    const xml = writeCap({ ...own, note: '' });
    expect(xml).toContain('<note/>');
    expect(xml).not.toContain('<source');
    expect(writeCap({ ...own, note: undefined })).not.toContain('note');
  });

  it('writes a required element empty in a message of its own, and leaves it out when a read message lacked it', () => {
    expect(writeCap({ ...own, scope: '' })).toContain('<scope/>');
    const read = { ...own, scope: '', xml: { prefix: null, namespaces: [['', CAP_NAMESPACE]] as const } };
    expect(writeCap(read)).not.toContain('scope');
    expect(writeCap({ ...read, xml: { ...read.xml, emptyElements: ['alert/scope'] } })).toContain('<scope/>');
  });

  it('puts extras after the occurrence they followed, at the place of an element now gone, or last', () => {
    const alert: CapAlert = {
      ...own,
      codes: ['a', 'b', 'c'],
      note: undefined,
      extras: [
        { after: null, xml: '<!--start-->' },
        { after: 'code', afterIndex: 0, xml: '<!--after a-->' },
        { after: 'code', xml: '<!--after the codes-->' },
        { after: 'code', afterIndex: 9, xml: '<!--index past the end-->' },
        { after: 'note', xml: '<!--where note was-->' },
        { after: 'nothing', xml: '<!--last-->' },
      ],
    };
    const lines = writeCap(alert)
      .split('\n')
      .map((l) => l.trim());
    const at = (s: string): number => lines.indexOf(s);
    expect(at('<!--start-->')).toBe(at('<identifier>nice-2024-0001</identifier>') - 1);
    expect(at('<!--after a-->')).toBe(at('<code>a</code>') + 1);
    expect(at('<!--after the codes-->')).toBe(at('<code>c</code>') + 1);
    expect(at('<!--index past the end-->')).toBe(at('<code>c</code>') + 2);
    expect(at('<!--where note was-->')).toBe(at('<!--index past the end-->') + 1);
    expect(at('<info>')).toBe(at('<!--where note was-->') + 1);
    expect(at('<!--last-->')).toBe(at('</alert>') - 1);
  });

  it('declares the CAP prefix of the written form even when its namespaces lack it', () => {
    const xml = writeCap({
      ...own,
      xml: {
        prefix: 'c',
        namespaces: [
          ['c', 'urn:wrong'],
          ['x', 'urn:x'],
        ],
      },
    });
    const r = root(xml);
    expect(r.ns).toBe(CAP_NAMESPACE);
    expect(r.declarations).toEqual([
      ['c', CAP_NAMESPACE],
      ['x', 'urn:x'],
    ]);
    expect(childNames(r)[0]).toBe('identifier');
  });

  it('writes signatures last and verbatim', () => {
    const signature = '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">\n<SignedInfo/>\n</Signature>';
    const xml = writeCap({ ...own, signatures: [signature] });
    expect(xml).toContain(`  ${signature}\n</alert>`);
    const back = readCap(xml);
    expect(back.ok && back.alert.signatures).toEqual([signature]);
  });
});
