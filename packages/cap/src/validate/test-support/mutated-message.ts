// Mutations of a real CAP message that keep it well-formed, so that they reach the XSD and the rules rather
// than stop at the reader: the text of an element replaced, elements removed, repeated, moved, and
// elements CAP does not have (or has elsewhere) put in.
import fc from 'fast-check';
import { hostileText } from '../../../../../fuzz/harness.mjs';

/** Elements with text only (`<name>…</name>`, a prefix allowed): the places a mutation works on. */
const LEAF = /<((?:[\w-]+:)?[\w-]+)>[^<]*<\/\1>/g;

const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const values = fc.oneof(
  hostileText.map(escape),
  fc.constantFrom(
    '',
    ' ',
    'Very Likely',
    'Private',
    'Restricted',
    'Update',
    'Cancel',
    '2003-06-17T14:57:00Z',
    '2003-02-30T14:57:00-07:00',
    '0,0 1,1 0,1 1,0 0,0',
    '91,0 0,0 0,1 91,0',
    '1,2 -5',
    'a@b,c,2003-06-17T14:57:00-07:00',
    '&lt;b&gt;bold&lt;/b&gt;',
    '&amp;amp;',
    'profile:pactesur:1.0',
    'en_US',
  ),
);

const fragments = fc.constantFrom(
  '<bogus/>',
  '<scope>Open</scope>',
  '<restriction>police</restriction>',
  '<references>a,b</references>',
  '<info></info>',
  '<area><areaDesc>x</areaDesc><polygon>0,0 1,1 0,1 1,0 0,0</polygon></area>',
  '<circle>1,2 3</circle>',
  '<ceiling>5</ceiling>',
  '<certainty>Very Likely</certainty>',
  '<x:y xmlns:x="urn:x">z</x:y>',
  '<!-- a comment -->',
);

type Op =
  | { readonly kind: 'text'; readonly k: number; readonly value: string }
  | { readonly kind: 'remove'; readonly k: number }
  | { readonly kind: 'repeat'; readonly k: number; readonly times: number }
  | { readonly kind: 'move'; readonly k: number; readonly to: number }
  | { readonly kind: 'insert'; readonly k: number; readonly fragment: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), k: fc.nat(), value: values }),
  fc.record({ kind: fc.constant('remove' as const), k: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), k: fc.nat(), times: fc.integer({ min: 2, max: 300 }) }),
  fc.record({ kind: fc.constant('move' as const), k: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), k: fc.nat(), fragment: fragments }),
);

function apply(seed: string, ops: readonly Op[]): string {
  let text = seed;
  for (const o of ops) {
    const leaves = [...text.matchAll(LEAF)];
    if (leaves.length === 0) break;
    const leaf = leaves[o.k % leaves.length] as RegExpMatchArray;
    const start = leaf.index ?? 0;
    const whole = leaf[0];
    const name = leaf[1] ?? '';
    const end = start + whole.length;
    if (o.kind === 'text') text = `${text.slice(0, start)}<${name}>${o.value}</${name}>${text.slice(end)}`;
    else if (o.kind === 'remove') text = text.slice(0, start) + text.slice(end);
    else if (o.kind === 'repeat') text = text.slice(0, start) + whole.repeat(o.times) + text.slice(end);
    else if (o.kind === 'insert') text = text.slice(0, start) + o.fragment + text.slice(start);
    else {
      const rest = text.slice(0, start) + text.slice(end);
      const target = leaves[o.to % leaves.length]?.index ?? 0;
      const at = target > start ? Math.max(start, target - whole.length) : target;
      text = rest.slice(0, at) + whole + rest.slice(at);
    }
  }
  return text;
}

/** A real message with one to five well-formedness-keeping changes, as UTF-8 bytes. */
export function mutatedMessage(seeds: readonly string[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(op, { minLength: 1, maxLength: 5 }))
    .map(([seed, ops]) => new TextEncoder().encode(apply(seed, ops)));
}
