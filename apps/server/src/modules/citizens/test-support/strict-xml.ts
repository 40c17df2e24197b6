/**
 * A strict reader of the XML the Open311 routes write, for their tests: the declaration first, then one
 * element tree of elements and text only (no attributes, comments, DTD or mixed content), text holding only
 * XML's own entities and character references. Anything else throws: the check is that the document is
 * well-formed and of the spec's shape, read back independently of the writer.
 */
export interface XmlNode {
  readonly name: string;
  readonly children: XmlNode[];
  /** The element's text, entities resolved ('' for an empty element or one with children). */
  text: string;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const TOKEN = /<(\/?)([A-Za-z_][A-Za-z0-9_.-]*)(\/?)>|([^<]+)/y;
const TEXT = /^(?:[^&<>]|&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});)*$/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const unescape = (text: string): string =>
  text.replace(/&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);/g, (_m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? ''),
  );

export function parseStrictXml(doc: string): XmlNode {
  if (!doc.startsWith(DECLARATION)) throw new Error('no XML declaration with UTF-8 encoding');
  const body = doc.slice(DECLARATION.length).replace(/^\n/, '');
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m) throw new Error(`not well-formed at ${at}: ${JSON.stringify(body.slice(at, at + 40))}`);
    const [, closing, name, selfClosing, text] = m;
    const parent = stack.at(-1);
    if (text !== undefined) {
      if (!parent) throw new Error('text outside the root element');
      if (!TEXT.test(text)) throw new Error(`bad text: ${JSON.stringify(text)}`);
      if (parent.children.length > 0) throw new Error(`mixed content in <${parent.name}>`);
      parent.text += unescape(text);
    } else if (closing) {
      if (!parent || parent.name !== name) throw new Error(`</${name}> closes <${parent?.name ?? 'nothing'}>`);
      stack.pop();
    } else {
      if (root && stack.length === 0) throw new Error('a second root element');
      if (parent && parent.text !== '') throw new Error(`mixed content in <${parent.name}>`);
      const node: XmlNode = { name: name!, children: [], text: '' };
      if (parent) parent.children.push(node);
      else root = node;
      if (selfClosing !== '/') stack.push(node);
    }
  }
  if (!root || stack.length > 0) throw new Error('unclosed or missing root element');
  return root;
}

/** The records of a list (`<root><item><field>…</field>…</item>…</root>`), each field's text by name. */
export function xmlRecords(root: XmlNode, rootName: string, itemName: string): Record<string, string>[] {
  if (root.name !== rootName) throw new Error(`root <${root.name}>, expected <${rootName}>`);
  return root.children.map((item) => {
    if (item.name !== itemName) throw new Error(`<${item.name}> in <${rootName}>, expected <${itemName}>`);
    return Object.fromEntries(item.children.map((f) => [f.name, f.text]));
  });
}

/** A JSON record as its XML reads back: every value as text, null as ''. */
export const asXmlText = (record: Record<string, string | number | boolean | null>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === null ? '' : String(v)]));
