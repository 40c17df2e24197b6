import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';
import { XmlTokenizer } from './xml-tokenizer.ts';

function tokens(pieces: readonly string[]): { events: string[]; complete: boolean } {
  const events: string[] = [];
  const t = new XmlTokenizer({
    open: (name, attrs, self) =>
      events.push(
        `<${name}${attrs.map((a, i) => (i % 2 ? `="${a}"` : ` ${a}`)).join('')}${self ? '/' : ''}>`,
      ),
    close: (name) => events.push(`</${name}>`),
    malformed: (message) => events.push(`!${message}`),
  });
  for (const p of pieces) t.feed(p);
  return { events, complete: t.end() };
}

const doc = `<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY x "y">]><!-- <fake a="1"/> --><osm a='1' b="two &amp; &#x41;&#66;"><n k="a>b"/><![CDATA[<fake/>]]></osm>`;
const want = ['<osm a="1" b="two & AB">', '<n k="a>b"/>', '</osm>'];

describe('XmlTokenizer', () => {
  it('reads tags and attributes in either quote style, skipping declarations, comments and CDATA', () => {
    expect(tokens([doc])).toEqual({ events: want, complete: true });
  });

  it('gives the same tokens however the input is split', () => {
    for (let cut = 1; cut < doc.length; cut++) {
      expect(tokens([doc.slice(0, cut), doc.slice(cut)]).events).toEqual(want);
    }
    expect(tokens([...doc]).events).toEqual(want);
  });

  it('reports an unfinished tag at the end', () => {
    expect(tokens(['<osm><node id="1" la']).complete).toBe(false);
  });

  it('reports malformed tags and carries on', () => {
    const r = tokens(['<osm><a b=c/><d/></osm>']);
    expect(r.events[1]).toMatch(/^!attribute 'b' of <a> is not quoted/);
    expect(r.events.slice(2)).toEqual(['<d/>', '</osm>']);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and keeps unknown ones', () => {
    expect(decodeEntities('Caf&#233; &lt;&gt; &quot;&apos; &unknown; &#0;')).toBe(
      `Café <> "' &unknown; &#0;`,
    );
  });
});
