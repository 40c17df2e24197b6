import { err, ok, type Result } from '@pactesur/geo';
import { NAME_AT, NOT_XML_CHAR, describeChar, isNcName, isSpace, isXmlCodePoint } from './xml-chars.ts';
import {
  XMLNS_NAMESPACE,
  XML_NAMESPACE,
  type XmlAttribute,
  type XmlComment,
  type XmlDeclaration,
  type XmlDocument,
  type XmlElement,
  type XmlInstruction,
  type XmlNode,
  type XmlText,
} from './xml-tree.ts';

export type XmlProblemCode =
  | 'XML_MALFORMED'
  | 'XML_EMPTY'
  | 'XML_DOCTYPE_FORBIDDEN'
  | 'XML_ENTITY_FORBIDDEN'
  | 'XML_ENTITY_UNKNOWN'
  | 'XML_TOO_DEEP'
  | 'XML_TOO_MANY_ELEMENTS';

/** Why a text is no document {@link parseXml} accepts, and where. */
export interface XmlProblem {
  readonly code: XmlProblemCode;
  readonly message: string;
  /** Character offset in the text. */
  readonly offset: number;
  /** The elements open there, outermost first, each with its index among the same-named elements before it. */
  readonly open: readonly { readonly local: string; readonly index: number }[];
}

export interface XmlLimits {
  /** Elements nested deeper than this are refused (the root is at depth 1). */
  readonly maxDepth: number;
  readonly maxElements: number;
}

/**
 * Parses a whole XML 1.0 document with namespaces, strictly: the first fault ends it with a stable code.
 * No DTD is ever read — a `<!DOCTYPE` or `<!ENTITY` anywhere is refused before anything is expanded — and
 * references are the five predefined entities and character references only. The time is linear in the
 * text (every search moves forward and a fault stops it) and nesting is bounded by `limits.maxDepth`.
 *
 * @example
 * const r = parseXml('<a xmlns="urn:x"><b>1 &lt; 2</b></a>', { maxDepth: 32, maxElements: 1000 });
 * if (r.ok) r.value.root.ns; // 'urn:x'
 */
export function parseXml(text: string, limits: XmlLimits): Result<XmlDocument, XmlProblem> {
  const parser = new Parser(text, limits);
  try {
    return ok(parser.document());
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return err({ code: e.code, message: e.message, offset: e.offset, open: parser.openElements() });
  }
}

/** The one exception of the parser: thrown at the first fault, turned into a value by {@link parseXml}. */
class Failure extends Error {
  constructor(
    readonly code: XmlProblemCode,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function fail(code: XmlProblemCode, message: string, offset: number): never {
  throw new Failure(code, message, offset);
}

/**
 * The namespaces in scope: an element's own declarations and its parent's scope. A lookup walks at most
 * `maxDepth` levels; copying the parent's bindings into every element instead would be quadratic for
 * thousands of elements under one declaring thousands of prefixes.
 */
interface Scope {
  readonly own: ReadonlyMap<string, string>;
  readonly parent: Scope | null;
}
const BASE_SCOPE: Scope = { own: new Map([['xml', XML_NAMESPACE]]), parent: null };

function lookup(scope: Scope, prefix: string): string | undefined {
  for (let s: Scope | null = scope; s; s = s.parent) {
    const uri = s.own.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
}
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface MutableElement extends XmlElement {
  children: XmlNode[];
  end: number;
}

interface Frame {
  readonly element: MutableElement;
  readonly scope: Scope;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUESTION = 63;

class Parser {
  #pos = 0;
  #elements = 0;
  readonly #stack: Frame[] = [];
  readonly #s: string;
  readonly #limits: XmlLimits;

  constructor(text: string, limits: XmlLimits) {
    this.#s = text;
    this.#limits = limits;
  }

  document(): XmlDocument {
    const s = this.#s;
    const bad = NOT_XML_CHAR.exec(s);
    if (bad) fail('XML_MALFORMED', `the character ${describeChar(bad[0])} is not allowed in XML`, bad.index);
    if (s.charCodeAt(0) === 0xfeff) this.#pos = 1;
    const declaration = this.#declaration();
    const prolog: (XmlComment | XmlInstruction)[] = [];
    const epilog: (XmlComment | XmlInstruction)[] = [];
    let root: XmlElement | null = null;
    for (;;) {
      this.#skipSpace();
      if (this.#pos >= s.length) break;
      if (s.charCodeAt(this.#pos) !== LT)
        fail(
          'XML_MALFORMED',
          root ? 'text after the root element' : 'text before the root element',
          this.#pos,
        );
      const misc = this.#markupOutsideRoot();
      if (misc) {
        (root ? epilog : prolog).push(misc);
        continue;
      }
      if (root) fail('XML_MALFORMED', 'a second root element (a document has one)', this.#pos);
      root = this.#element();
    }
    if (!root) fail('XML_EMPTY', 'the document has no root element', this.#pos);
    return { text: s, declaration, prolog, root, epilog };
  }

  /** The elements open now, for a report: local names and their index among same-named siblings. */
  openElements(): { local: string; index: number }[] {
    return this.#stack.map(({ element }, depth) => {
      const parent = this.#stack[depth - 1];
      let index = 0;
      for (const n of parent?.element.children ?? []) {
        if (n === element) break;
        if (n.kind === 'element' && n.local === element.local) index++;
      }
      return { local: element.local, index };
    });
  }

  #declaration(): XmlDeclaration | null {
    const s = this.#s;
    const start = this.#pos;
    if (
      !s.startsWith('<?xml', start) ||
      !(isSpace(s.charCodeAt(start + 5)) || s.charCodeAt(start + 5) === QUESTION)
    )
      return null;
    const close = s.indexOf('?>', start);
    if (close < 0) fail('XML_MALFORMED', 'the XML declaration is not closed with ?>', start);
    const body = s.slice(start + 5, close);
    const fields: [string, string][] = [];
    const field = /\s+([a-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
    let at = 0;
    for (let m = field.exec(body); m; m = field.exec(body)) {
      fields.push([m[1] ?? '', m[2] ?? m[3] ?? '']);
      at = field.lastIndex;
    }
    if (body.slice(at).trim().length > 0)
      fail(
        'XML_MALFORMED',
        `the XML declaration cannot hold '${body.slice(at).trim().slice(0, 40)}'`,
        start + 5 + at,
      );
    const order = ['version', 'encoding', 'standalone'];
    let last = -1;
    const out: { version?: string; encoding?: string; standalone?: string } = {};
    for (const [name, value] of fields) {
      const k = order.indexOf(name);
      if (k <= last)
        fail(
          'XML_MALFORMED',
          `the XML declaration has '${name}' out of place (version, encoding, standalone)`,
          start,
        );
      last = k;
      out[name as 'version' | 'encoding' | 'standalone'] = value;
    }
    if (out.version === undefined) fail('XML_MALFORMED', 'the XML declaration has no version', start);
    if (out.version !== '1.0')
      fail('XML_MALFORMED', `XML version ${out.version.slice(0, 10)} is not read (only 1.0)`, start);
    if (out.encoding !== undefined && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(out.encoding))
      fail('XML_MALFORMED', 'the encoding of the XML declaration is not a name', start);
    if (out.standalone !== undefined && out.standalone !== 'yes' && out.standalone !== 'no')
      fail('XML_MALFORMED', "standalone in the XML declaration is neither 'yes' nor 'no'", start);
    this.#pos = close + 2;
    return {
      version: out.version,
      ...(out.encoding !== undefined ? { encoding: out.encoding } : {}),
      ...(out.standalone !== undefined ? { standalone: out.standalone } : {}),
    };
  }

  /** A comment or processing instruction outside the root; null at a start tag; refuses anything else. */
  #markupOutsideRoot(): XmlComment | XmlInstruction | null {
    const s = this.#s;
    const at = this.#pos;
    if (s.startsWith('<!--', at)) return this.#comment();
    if (s.startsWith('<?', at)) return this.#instruction();
    if (s.startsWith('<!', at)) this.#declarationMarkup();
    if (s.charCodeAt(at + 1) === SLASH) fail('XML_MALFORMED', 'an end tag with no element open', at);
    return null;
  }

  /** `<!…>` that is no comment or CDATA section: a DTD or something unknown, all refused. */
  #declarationMarkup(): never {
    const s = this.#s;
    const at = this.#pos;
    const word = s.slice(at + 2, at + 9).toUpperCase();
    if (word.startsWith('DOCTYPE'))
      fail(
        'XML_DOCTYPE_FORBIDDEN',
        'a document type declaration (<!DOCTYPE) is refused: no DTD, entity or external file is ever read',
        at,
      );
    if (word.startsWith('ENTITY'))
      fail('XML_ENTITY_FORBIDDEN', 'an entity declaration (<!ENTITY) is refused', at);
    if (word.startsWith('[CDATA[')) fail('XML_MALFORMED', 'a CDATA section outside the root element', at);
    return fail('XML_MALFORMED', "'<!' starts no comment, CDATA section or declaration", at);
  }

  #comment(): XmlComment {
    const s = this.#s;
    const start = this.#pos;
    const close = s.indexOf('-->', start + 4);
    if (close < 0) fail('XML_MALFORMED', 'a comment is not closed with -->', start);
    const dashes = s.indexOf('--', start + 4);
    if (dashes < close) fail('XML_MALFORMED', "'--' inside a comment", dashes);
    this.#pos = close + 3;
    return { kind: 'comment', start, end: this.#pos };
  }

  #instruction(): XmlInstruction {
    const s = this.#s;
    const start = this.#pos;
    const nameEnd = this.#nameEnd(start + 2, 'a processing instruction needs a target name');
    const target = s.slice(start + 2, nameEnd);
    if (target.toLowerCase() === 'xml')
      fail('XML_MALFORMED', 'the XML declaration is allowed only at the very start', start);
    if (!s.startsWith('?>', nameEnd) && !isSpace(s.charCodeAt(nameEnd)))
      fail('XML_MALFORMED', `the processing instruction ${target} has no space after its target`, nameEnd);
    const close = s.indexOf('?>', nameEnd);
    if (close < 0) fail('XML_MALFORMED', 'a processing instruction is not closed with ?>', start);
    this.#pos = close + 2;
    return { kind: 'instruction', target, start, end: this.#pos };
  }

  /** The root element and everything in it, read without recursion. */
  #element(): XmlElement {
    const s = this.#s;
    const root = this.#startTag(null);
    while (this.#stack.length > 0) {
      const frame = this.#stack[this.#stack.length - 1] as Frame;
      const lt = s.indexOf('<', this.#pos);
      if (lt < 0) {
        if (this.#pos < s.length) frame.element.children.push(this.#text(this.#pos, s.length));
        fail('XML_MALFORMED', `the document ends before <${frame.element.name}> is closed`, s.length);
      }
      if (lt > this.#pos) frame.element.children.push(this.#text(this.#pos, lt));
      this.#pos = lt;
      if (s.charCodeAt(lt + 1) === SLASH) this.#endTag(frame);
      else if (s.startsWith('<!--', lt)) frame.element.children.push(this.#comment());
      else if (s.startsWith('<![CDATA[', lt)) frame.element.children.push(this.#cdata());
      else if (s.startsWith('<?', lt)) frame.element.children.push(this.#instruction());
      else if (s.startsWith('<!', lt)) this.#declarationMarkup();
      else this.#startTag(frame);
    }
    return root;
  }

  #startTag(parent: Frame | null): XmlElement {
    const s = this.#s;
    const start = this.#pos;
    const nameEnd = this.#nameEnd(start + 1, "'<' must start a tag (write &lt; in text)");
    const name = s.slice(start + 1, nameEnd);
    const raw: { name: string; value: string }[] = [];
    let seen: Set<string> | undefined;
    let i = nameEnd;
    let selfClosing = false;
    for (;;) {
      const spaced = i;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) fail('XML_MALFORMED', `the document ends inside the tag <${name}>`, start);
      const c = s.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(i + 1) !== GT) fail('XML_MALFORMED', `'/' must end the tag <${name}> with '/>'`, i);
        i += 2;
        selfClosing = true;
        break;
      }
      if (i === spaced) fail('XML_MALFORMED', `the attributes of <${name}> must be separated by spaces`, i);
      const attrEnd = this.#nameEnd(i, `<${name}> holds something that is no attribute`);
      const attrName = s.slice(i, attrEnd);
      i = attrEnd;
      while (isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== EQ)
        fail('XML_MALFORMED', `the attribute ${attrName} of <${name}> has no '=' and value`, i);
      i++;
      while (isSpace(s.charCodeAt(i))) i++;
      const q = s[i];
      if (q !== '"' && q !== "'")
        fail('XML_MALFORMED', `the value of ${attrName} in <${name}> is not quoted`, i);
      const close = s.indexOf(q, i + 1);
      if (close < 0) fail('XML_MALFORMED', `the value of ${attrName} in <${name}> is not closed`, i);
      // Searched in the value only: a search to the end of the text at every attribute would be quadratic.
      const value = s.slice(i + 1, close);
      const lt = value.indexOf('<');
      if (lt >= 0)
        fail('XML_MALFORMED', `'<' in the value of ${attrName} in <${name}> (write &lt;)`, i + 1 + lt);
      if (raw.length > 0) {
        // A set only for elements with attributes: most elements of a message have none.
        seen ??= new Set(raw.map((a) => a.name));
        if (seen.has(attrName)) fail('XML_MALFORMED', `<${name}> has the attribute ${attrName} twice`, i);
        seen.add(attrName);
      }
      raw.push({ name: attrName, value: decode(value, i + 1, true) });
      i = close + 1;
    }

    const depth = this.#stack.length + 1;
    if (depth > this.#limits.maxDepth)
      fail('XML_TOO_DEEP', `elements are nested deeper than ${this.#limits.maxDepth} levels`, start);
    if (++this.#elements > this.#limits.maxElements)
      fail('XML_TOO_MANY_ELEMENTS', `the document has more than ${this.#limits.maxElements} elements`, start);

    const { scope, declarations } = declare(parent?.scope ?? BASE_SCOPE, raw, name, start);
    const q = qualified(name, scope, true, start);
    const attributes: XmlAttribute[] = [];
    const expanded = raw.length > 1 ? new Set<string>() : null;
    for (const a of raw) {
      const isDeclaration = a.name === 'xmlns' || a.name.startsWith('xmlns:');
      const qa = isDeclaration
        ? {
            prefix: a.name === 'xmlns' ? null : 'xmlns',
            local: a.name === 'xmlns' ? 'xmlns' : a.name.slice(6),
            ns: XMLNS_NAMESPACE,
          }
        : qualified(a.name, scope, false, start);
      if (expanded) {
        const key = `${qa.ns ?? ''}\u0000${qa.local}`;
        if (expanded.has(key))
          fail('XML_MALFORMED', `<${name}> has two attributes named {${qa.ns ?? ''}}${qa.local}`, start);
        expanded.add(key);
      }
      attributes.push({ name: a.name, prefix: qa.prefix, local: qa.local, ns: qa.ns, value: a.value });
    }
    const element: MutableElement = {
      kind: 'element',
      name,
      prefix: q.prefix,
      local: q.local,
      ns: q.ns,
      attributes,
      declarations,
      children: [],
      start,
      end: selfClosing ? i : -1,
      startTagEnd: i,
    };
    parent?.element.children.push(element);
    this.#pos = i;
    if (!selfClosing) this.#stack.push({ element, scope });
    return element;
  }

  #endTag(frame: Frame): void {
    const s = this.#s;
    const start = this.#pos;
    const nameEnd = this.#nameEnd(start + 2, "'</' must start an end tag");
    const name = s.slice(start + 2, nameEnd);
    let i = nameEnd;
    while (isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== GT) fail('XML_MALFORMED', `the end tag </${name}> is not closed with '>'`, i);
    if (name !== frame.element.name)
      fail('XML_MALFORMED', `</${name}> does not close <${frame.element.name}>`, start);
    frame.element.end = i + 1;
    this.#stack.pop();
    this.#pos = i + 1;
  }

  #cdata(): XmlText {
    const s = this.#s;
    const start = this.#pos;
    const close = s.indexOf(']]>', start + 9);
    if (close < 0) fail('XML_MALFORMED', 'a CDATA section is not closed with ]]>', start);
    this.#pos = close + 3;
    return {
      kind: 'text',
      value: normaliseLineEnds(s.slice(start + 9, close)),
      cdata: true,
      start,
      end: this.#pos,
    };
  }

  #text(start: number, end: number): XmlText {
    const raw = this.#s.slice(start, end);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) fail('XML_MALFORMED', "']]>' in text (write ]]&gt;)", start + cdataEnd);
    return { kind: 'text', value: decode(raw, start, false), cdata: false, start, end };
  }

  #nameEnd(at: number, message: string): number {
    NAME_AT.lastIndex = at;
    if (!NAME_AT.test(this.#s)) fail('XML_MALFORMED', message, at);
    return NAME_AT.lastIndex;
  }

  #skipSpace(): void {
    const s = this.#s;
    while (this.#pos < s.length && isSpace(s.charCodeAt(this.#pos))) this.#pos++;
  }
}

/**
 * `raw` (text or an attribute value found at `offset`) with its references replaced and its line ends (and,
 * in an attribute, its tabs and line feeds) normalised.
 */
function decode(raw: string, offset: number, attribute: boolean): string {
  let out = '';
  let i = 0;
  for (;;) {
    const amp = raw.indexOf('&', i);
    out += normaliseLiteral(raw.slice(i, amp < 0 ? raw.length : amp), attribute);
    if (amp < 0) return out;
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) fail('XML_MALFORMED', "'&' must start a reference such as &amp;", offset + amp);
    out += reference(raw.slice(amp + 1, semi), offset + amp);
    i = semi + 1;
  }
}

/** The character a reference stands for; only the five predefined entities and character references exist. */
function reference(body: string, at: number): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
      fail('XML_MALFORMED', `&${body.slice(0, 20)}; is no character reference`, at);
    // Leading zeros are allowed; past 8 significant digits no code point is valid anyway.
    const significant = digits.replace(/^0+/, '');
    const code = significant.length > 8 ? Infinity : parseInt(significant || '0', hex ? 16 : 10);
    if (!isXmlCodePoint(code))
      fail('XML_MALFORMED', `&${body.slice(0, 20)}; stands for no character XML allows`, at);
    return String.fromCodePoint(code);
  }
  if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body] as string;
  if (isNcName(body))
    fail(
      'XML_ENTITY_UNKNOWN',
      `the entity &${body.slice(0, 40)}; is unknown (only &lt; &gt; &amp; &quot; &apos; and character references are read)`,
      at,
    );
  return fail('XML_MALFORMED', "'&' must start a reference such as &amp;", at);
}

function normaliseLineEnds(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

function normaliseLiteral(s: string, attribute: boolean): string {
  const t = normaliseLineEnds(s);
  return attribute && /[\t\n]/.test(t) ? t.replace(/[\t\n]/g, ' ') : t;
}

/** The scope inside an element given its attributes, and the declarations it makes; refuses illegal ones. */
function declare(
  parent: Scope,
  raw: readonly { name: string; value: string }[],
  element: string,
  at: number,
): { scope: Scope; declarations: [string, string][] } {
  const declarations: [string, string][] = [];
  for (const { name, value } of raw) {
    if (name === 'xmlns') {
      if (value === XML_NAMESPACE || value === XMLNS_NAMESPACE)
        fail('XML_MALFORMED', `<${element}> binds the default namespace to a reserved one`, at);
      declarations.push(['', value]);
    } else if (name.startsWith('xmlns:')) {
      const prefix = name.slice(6);
      if (!isNcName(prefix)) fail('XML_MALFORMED', `${name} in <${element}> declares no valid prefix`, at);
      if (prefix === 'xmlns') fail('XML_MALFORMED', `<${element}> declares the reserved prefix xmlns`, at);
      if ((prefix === 'xml') !== (value === XML_NAMESPACE))
        fail('XML_MALFORMED', `<${element}> binds the xml prefix or namespace wrongly`, at);
      if (value === '')
        fail('XML_MALFORMED', `${name} in <${element}> is empty (XML 1.0 cannot undeclare a prefix)`, at);
      if (value === XMLNS_NAMESPACE)
        fail('XML_MALFORMED', `<${element}> binds a prefix to the reserved xmlns namespace`, at);
      declarations.push([prefix, value]);
    }
  }
  if (declarations.length === 0) return { scope: parent, declarations };
  // `xmlns=""` is kept as '' (no default namespace), which hides the parent's default on lookup.
  return { scope: { own: new Map(declarations), parent }, declarations };
}

/** Splits a qualified name and resolves its prefix; an element without one takes the default namespace. */
function qualified(
  name: string,
  scope: Scope,
  isElement: boolean,
  at: number,
): { prefix: string | null; local: string; ns: string | null } {
  const colon = name.indexOf(':');
  if (colon < 0) return { prefix: null, local: name, ns: isElement ? lookup(scope, '') || null : null };
  const prefix = name.slice(0, colon);
  const local = name.slice(colon + 1);
  if (!isNcName(prefix) || !isNcName(local)) fail('XML_MALFORMED', `${name} is no valid qualified name`, at);
  const ns = lookup(scope, prefix);
  if (ns === undefined) fail('XML_MALFORMED', `the prefix ${prefix} of ${name} is not declared`, at);
  return { prefix, local, ns };
}
