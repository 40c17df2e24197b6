import { describe, expect, it } from 'vitest';
import { parseXml } from './parse-xml.ts';
import { escapeAttribute, escapeText, lineColumn } from './xml-chars.ts';
import type { XmlDocument, XmlElement } from './xml-tree.ts';

const LIMITS = { maxDepth: 32, maxElements: 1000 };

function parse(text: string): XmlDocument {
  const r = parseXml(text, LIMITS);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element');
}

describe('parseXml', () => {
  it('gives the offsets that cut every element, comment and instruction out of the text exactly', () => {
    const text = `<?xml version='1.0' encoding="UTF-8" standalone='yes' ?>\n<!--c--><r a = "1"><b/><c x='y'>t<!--in--><?pi data?></c ></r>\n`;
    const doc = parse(text);
    expect(doc.declaration).toEqual({ version: '1.0', encoding: 'UTF-8', standalone: 'yes' });
    expect(text.slice(doc.root.start, doc.root.end)).toBe(
      `<r a = "1"><b/><c x='y'>t<!--in--><?pi data?></c ></r>`,
    );
    const [b, c] = elements(doc.root);
    expect(text.slice(b?.start, b?.end)).toBe('<b/>');
    expect(text.slice(c?.start, c?.end)).toBe(`<c x='y'>t<!--in--><?pi data?></c >`);
    expect(text.slice(c?.start, c?.startTagEnd)).toBe(`<c x='y'>`);
    expect(c?.children.map((n) => text.slice(n.start, n.end))).toEqual(['t', '<!--in-->', '<?pi data?>']);
    expect(doc.prolog.map((n) => text.slice(n.start, n.end))).toEqual(['<!--c-->']);
  });

  it('resolves prefixes and the default namespace through every level, and unbinds the default with xmlns=""', () => {
    const doc = parse(
      '<a:r xmlns:a="urn:a" xmlns="urn:d"><x a:k="1" k="2"><a:y xmlns:a="urn:other"/><z xmlns=""/></x></a:r>',
    );
    expect(doc.root).toMatchObject({
      prefix: 'a',
      local: 'r',
      ns: 'urn:a',
      declarations: [
        ['a', 'urn:a'],
        ['', 'urn:d'],
      ],
    });
    const x = elements(doc.root)[0] as XmlElement;
    expect(x.ns).toBe('urn:d');
    expect(x.attributes.map((a) => [a.local, a.ns])).toEqual([
      ['k', 'urn:a'],
      ['k', null],
    ]);
    expect(elements(x).map((e) => e.ns)).toEqual(['urn:other', null]);
    expect(parse('<xml:r xmlns:q="urn:q"/>').root.ns).toBe('http://www.w3.org/XML/1998/namespace');
  });

  it('refuses two attributes that are the same once their prefixes are resolved', () => {
    const r = parseXml('<r xmlns:a="urn:x" xmlns:b="urn:x" a:k="1" b:k="2"/>', LIMITS);
    expect(!r.ok && r.error.code).toBe('XML_MALFORMED');
  });

  it('normalises line ends in text and whitespace in attribute values, but not what references write', () => {
    const doc = parse('<r a="x\ty\r\nz&#10;&#9;">1\r\n2\r3&#13;</r>');
    expect(doc.root.attributes[0]?.value).toBe('x y z\n\t');
    expect(doc.root.children[0]).toMatchObject({ kind: 'text', value: '1\n2\n3\r' });
  });

  it('keeps a CDATA section as text, marked', () => {
    const doc = parse('<r><![CDATA[<not> &a; ]]></r>');
    expect(doc.root.children[0]).toMatchObject({ kind: 'text', value: '<not> &a; ', cdata: true });
  });

  it('reports the open elements and their index among same-named siblings', () => {
    const text = '<r><p/><q/><p><s><t>&bad;</t></s></p></r>';
    const r = parseXml(text, LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('XML_ENTITY_UNKNOWN');
      expect(r.error.open).toEqual([
        { local: 'r', index: 0 },
        { local: 'p', index: 1 },
        { local: 's', index: 0 },
        { local: 't', index: 0 },
      ]);
      expect(r.error.offset).toBe(text.indexOf('&'));
    }
  });

  it('takes linear time over many namespace declarations and many elements', () => {
    const prefixes = Array.from({ length: 20_000 }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('');
    const children = Array.from({ length: 20_000 }, (_, i) => `<p${i}:c xmlns:q="urn:q"/>`).join('');
    const start = performance.now();
    const r = parseXml(`<r${prefixes}>${children}</r>`, { maxDepth: 4, maxElements: 100_000 });
    expect(r.ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('xml characters', () => {
  it('escapes text and attributes so that the parser reads back the same value', () => {
    const value = 'a<b>&c"d\'e\r\nf\tg]]>';
    const doc = parse(`<r v="${escapeAttribute(value)}">${escapeText(value)}</r>`);
    expect(doc.root.attributes[0]?.value).toBe(value);
    expect(doc.root.children[0]).toMatchObject({ value });
  });

  it('gives 1-based lines and columns', () => {
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
