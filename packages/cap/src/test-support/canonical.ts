// A canonical form of an XML document for comparing two writings of the same message: declaration
// dropped, prefixes resolved to their namespaces, namespace declarations dropped, attributes sorted, text
// decoded, and whitespace between elements dropped (text beside elements is compared without the whitespace
// around it; the text of an element without element children is kept exactly). Comments and processing
// instructions stay, in place.
import { parseXml } from '../xml/parse-xml.ts';
import type { XmlElement } from '../xml/xml-tree.ts';

const LIMITS = { maxDepth: 256, maxElements: 10_000_000 };

/** One line per node, indented by depth; throws when the text is no well-formed document. */
export function canonicalXml(text: string): string {
  const parsed = parseXml(text, LIMITS);
  if (!parsed.ok) throw new Error(`not well-formed: ${parsed.error.code} ${parsed.error.message}`);
  const doc = parsed.value;
  const lines: string[] = [];
  const raw = (n: { start: number; end: number }): string => doc.text.slice(n.start, n.end);
  for (const n of doc.prolog) lines.push(raw(n));
  element(doc.root, 0);
  for (const n of doc.epilog) lines.push(raw(n));
  return lines.join('\n');

  function element(el: XmlElement, depth: number): void {
    const pad = '  '.repeat(depth);
    const attributes = el.attributes
      .filter((a) => a.name !== 'xmlns' && a.prefix !== 'xmlns')
      .map((a) => `${expanded(a.ns, a.local)}=${JSON.stringify(a.value)}`)
      .sort();
    lines.push(`${pad}${expanded(el.ns, el.local)}${attributes.map((a) => ` ${a}`).join('')}`);
    const hasElements = el.children.some((c) => c.kind === 'element');
    let text = '';
    const flush = (): void => {
      const kept = hasElements ? text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '') : text;
      if (kept !== '') lines.push(`${pad}  ${JSON.stringify(kept)}`);
      text = '';
    };
    for (const child of el.children) {
      if (child.kind === 'text') {
        text += child.value;
        continue;
      }
      flush();
      if (child.kind === 'element') element(child, depth + 1);
      else lines.push(`${pad}  ${raw(child)}`);
    }
    flush();
  }
}

function expanded(ns: string | null, local: string): string {
  return ns === null ? local : `{${ns}}${local}`;
}
