import {
  CAP_ORDER,
  REPEATING,
  REQUIRED,
  XMLDSIG_NAMESPACE,
  childPath,
  type CapContainer,
} from './cap-elements.ts';
import {
  CAP_NAMESPACE,
  type CapAlert,
  type CapArea,
  type CapExtra,
  type CapInfo,
  type CapResource,
  type CapValue,
  type CapXmlStyle,
} from './model.ts';
import { escapeAttribute } from './xml/xml-chars.ts';
import type { XmlDocument, XmlElement, XmlNode } from './xml/xml-tree.ts';

/**
 * The model of a parsed document whose root is CAP 1.2's `alert`. Lenient on content: a missing required
 * element is `''`, a wrong value is kept as written (the validator reports both). What CAP does not define
 * — elements of other namespaces, comments, stray text, a second copy of a single element — is kept
 * verbatim in `extras` with the CAP element it followed; `Signature` elements of XML-DSig in `signatures`.
 */
export function alertFromXml(doc: XmlDocument): CapAlert {
  return new AlertReader(doc).alert();
}

/** The children of one container as read: its values by element name, and what the model cannot hold. */
interface Children {
  readonly text: Map<string, string[]>;
  readonly elements: Map<string, { element: XmlElement; path: string }[]>;
  readonly extras: CapExtra[];
}

const XML_SPACE_ONLY = /^[ \t\n\r]*$/;

class AlertReader {
  readonly #doc: XmlDocument;
  readonly #empty: string[] = [];
  /** The root's bindings: what every verbatim part may rely on, since the writer declares them again. */
  readonly #rootBindings: ReadonlyMap<string, string>;

  constructor(doc: XmlDocument) {
    this.#doc = doc;
    this.#rootBindings = new Map(doc.root.declarations);
  }

  alert(): CapAlert {
    const root = this.#doc.root;
    const c = this.#children(root, 'alert', 'alert', []);
    const signatures = (c.elements.get('Signature') ?? []).map(({ element }) => this.#slice(element));
    const infos = (c.elements.get('info') ?? []).map(({ element, path }) =>
      this.#info(element, path, withOwn([], element)),
    );
    const style: CapXmlStyle = {
      prefix: root.prefix,
      namespaces: root.declarations.map(([p, uri]) => [p, uri] as const),
      // Sorted: the same whichever order the elements were read in (the writer puts them in CAP's).
      ...(this.#empty.length > 0 ? { emptyElements: [...this.#empty].sort() } : {}),
      ...optionalList(
        'attributes',
        root.attributes
          .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
          .map((a) => [a.name, a.value] as const),
      ),
      ...optionalList(
        'prolog',
        this.#doc.prolog.map((n) => this.#doc.text.slice(n.start, n.end)),
      ),
      ...optionalList(
        'epilog',
        this.#doc.epilog.map((n) => this.#doc.text.slice(n.start, n.end)),
      ),
    };
    return {
      ...this.#singles(c, 'alert', [
        'identifier',
        'sender',
        'sent',
        'status',
        'msgType',
        'source',
        'scope',
        'restriction',
        'addresses',
        'note',
        'references',
        'incidents',
      ]),
      codes: c.text.get('code') ?? [],
      infos,
      signatures,
      ...optionalList('extras', c.extras),
      xml: style,
    } as unknown as CapAlert;
  }

  #info(el: XmlElement, path: string, inherited: Inherited): CapInfo {
    const c = this.#children(el, 'info', path, inherited);
    const pairs = (name: string): CapValue[] =>
      (c.elements.get(name) ?? []).map(({ element, path: p }) =>
        this.#pair(element, p, withOwn(inherited, element)),
      );
    return {
      ...this.#singles(c, 'info', [
        'language',
        'event',
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
      ]),
      categories: c.text.get('category') ?? [],
      responseTypes: c.text.get('responseType') ?? [],
      eventCodes: pairs('eventCode'),
      parameters: pairs('parameter'),
      resources: (c.elements.get('resource') ?? []).map(({ element, path: p }) =>
        this.#resource(element, p, withOwn(inherited, element)),
      ),
      areas: (c.elements.get('area') ?? []).map(({ element, path: p }) =>
        this.#area(element, p, withOwn(inherited, element)),
      ),
      ...optionalList('extras', c.extras),
    } as unknown as CapInfo;
  }

  #resource(el: XmlElement, path: string, inherited: Inherited): CapResource {
    const c = this.#children(el, 'resource', path, inherited);
    return {
      ...this.#singles(c, 'resource', ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest']),
      ...optionalList('extras', c.extras),
    } as unknown as CapResource;
  }

  #area(el: XmlElement, path: string, inherited: Inherited): CapArea {
    const c = this.#children(el, 'area', path, inherited);
    return {
      ...this.#singles(c, 'area', ['areaDesc']),
      polygons: c.text.get('polygon') ?? [],
      circles: c.text.get('circle') ?? [],
      geocodes: (c.elements.get('geocode') ?? []).map(({ element, path: p }) =>
        this.#pair(element, p, withOwn(inherited, element)),
      ),
      ...this.#singles(c, 'area', ['altitude', 'ceiling']),
      ...optionalList('extras', c.extras),
    } as unknown as CapArea;
  }

  #pair(el: XmlElement, path: string, inherited: Inherited): CapValue {
    const c = this.#children(el, 'pair', path, inherited);
    return {
      ...this.#singles(c, 'pair', ['valueName', 'value']),
      ...optionalList('extras', c.extras),
    } as unknown as CapValue;
  }

  /** The single text elements of a container: required ones `''` when missing, optional ones left out. */
  #singles(c: Children, container: CapContainer, names: readonly string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of names) {
      const value = c.text.get(name)?.[0];
      if (value !== undefined) out[name] = value;
      else if (REQUIRED[container].includes(name)) out[name] = '';
    }
    return out;
  }

  /**
   * Sorts the children of a container: CAP elements it holds (text, or elements read further by the
   * caller), and extras. `inherited` holds the namespace bindings declared on the CAP elements between the
   * root and this one, which a verbatim part may rely on and the writer does not repeat.
   */
  #children(el: XmlElement, container: CapContainer, path: string, inherited: Inherited): Children {
    const order = CAP_ORDER[container];
    const text = new Map<string, string[]>();
    const elements = new Map<string, { element: XmlElement; path: string }[]>();
    const extras: CapExtra[] = [];
    let after: string | null = null;
    let afterIndex = 0;
    const keep = (xml: string, anchor: string | null = after): void => {
      extras.push({
        after: anchor,
        ...(anchor !== null && REPEATING.has(anchor) ? { afterIndex } : {}),
        xml,
      });
    };
    for (const node of el.children) {
      if (node.kind === 'text') {
        if (!XML_SPACE_ONLY.test(node.value))
          keep(this.#doc.text.slice(node.start, node.end).replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ''));
        continue;
      }
      if (node.kind !== 'element') {
        keep(this.#doc.text.slice(node.start, node.end));
        continue;
      }
      const name = slotOf(node, container, order);
      if (name === null) {
        keep(this.#verbatim(node, inherited));
        continue;
      }
      if (!REPEATING.has(name) && (text.has(name) || elements.has(name))) {
        // A second copy of a single element goes right after the first: anywhere before it, reading the
        // written message again would take the copy for the element.
        keep(this.#verbatim(node, inherited), name);
        continue;
      }
      const index = (text.get(name)?.length ?? 0) + (elements.get(name)?.length ?? 0);
      const p = childPath(path, name, index);
      if (isHolder(container, name)) {
        push(elements, name, { element: node, path: p });
      } else {
        const value = textOf(node);
        if (value === '') this.#empty.push(p);
        push(text, name, value);
      }
      after = name;
      afterIndex = index;
    }
    return { text, elements, extras: inWritingOrder(extras, order) };
  }

  #slice(el: XmlElement): string {
    return this.#doc.text.slice(el.start, el.end);
  }

  /**
   * An element kept as written. When it uses a prefix (or the default namespace) bound by a CAP element
   * below the root, the binding is added to its start tag: the writer writes CAP elements without
   * attributes, and the part must mean the same where it is put back.
   */
  #verbatim(el: XmlElement, inherited: Inherited): string {
    const text = this.#slice(el);
    if (inherited.length === 0) return text;
    const own = new Set(el.declarations.map(([p]) => p));
    const missing: [string, string][] = [];
    for (const p of prefixesUsed(el)) {
      const uri = own.has(p) ? undefined : lookup(inherited, p);
      if (uri !== undefined && this.#rootBindings.get(p) !== uri) missing.push([p, uri]);
    }
    if (missing.length === 0) return text;
    const at = 1 + el.name.length;
    const added = missing
      .map(([p, uri]) => ` ${p === '' ? 'xmlns' : `xmlns:${p}`}="${escapeAttribute(uri)}"`)
      .join('');
    return text.slice(0, at) + added + text.slice(at);
  }
}

/**
 * Extras in the order the writer puts them back (by the place of the element they follow in CAP's order,
 * then its occurrence; as read among equals), so that a message read in another order reads back the same.
 */
function inWritingOrder(extras: readonly CapExtra[], order: readonly string[]): CapExtra[] {
  const rank = (e: CapExtra): number => (e.after === null ? -1 : order.indexOf(e.after));
  const sorted = [...extras].sort((a, b) => rank(a) - rank(b) || (a.afterIndex ?? 0) - (b.afterIndex ?? 0));
  // Two pieces of stray text at one place are written one after the other and read back as one text:
  // joined now, they read back as they are.
  const out: CapExtra[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && isText(prev) && isText(e) && prev.after === e.after && prev.afterIndex === e.afterIndex)
      out[out.length - 1] = { ...prev, xml: `${prev.xml}\n${e.xml}` };
    else out.push(e);
  }
  return out;
}

/** Stray text (markup always starts with '<'; text never holds one). */
function isText(e: CapExtra): boolean {
  return !e.xml.startsWith('<');
}

/** The CAP slot an element fills in its container, or null when CAP does not define it there. */
function slotOf(el: XmlElement, container: CapContainer, order: readonly string[]): string | null {
  if (container === 'alert' && el.ns === XMLDSIG_NAMESPACE && el.local === 'Signature') return 'Signature';
  if (el.ns !== CAP_NAMESPACE || el.local === 'Signature') return null;
  return order.includes(el.local) ? el.local : null;
}

/** Whether the slot holds elements read further (info, resource, area, pairs, signatures) rather than text. */
function isHolder(container: CapContainer, name: string): boolean {
  if (container === 'alert') return name === 'info' || name === 'Signature';
  if (container === 'info')
    return name === 'eventCode' || name === 'parameter' || name === 'resource' || name === 'area';
  return container === 'area' && name === 'geocode';
}

/** The text of a value element: its text and CDATA, as written; anything else inside it is not CAP and is dropped. */
function textOf(el: XmlElement): string {
  let out = '';
  for (const n of el.children) if (n.kind === 'text') out += n.value;
  return out;
}

/**
 * The namespace declarations of the CAP elements between the root (excluded) and a container, outermost
 * first: a chain looked up from the end, never copied into one map (a CAP element declaring thousands of
 * prefixes over thousands of children would make that quadratic).
 */
type Inherited = readonly ReadonlyMap<string, string>[];

function withOwn(inherited: Inherited, el: XmlElement): Inherited {
  return el.declarations.length === 0 ? inherited : [...inherited, new Map(el.declarations)];
}

function lookup(inherited: Inherited, prefix: string): string | undefined {
  for (let i = inherited.length - 1; i >= 0; i--) {
    const uri = inherited[i]?.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
}

/** The prefixes ('' for the default namespace) that name an element or attribute in the subtree of `el`. */
function prefixesUsed(el: XmlElement): Set<string> {
  const used = new Set<string>();
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as XmlNode;
    if (n.kind !== 'element') continue;
    used.add(n.prefix ?? '');
    for (const a of n.attributes) if (a.prefix !== null && a.prefix !== 'xmlns') used.add(a.prefix);
    for (const child of n.children) stack.push(child);
  }
  return used;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `{ [key]: list }` when the list has items, `{}` otherwise: an absent field rather than an empty one. */
function optionalList<K extends string, T>(key: K, list: readonly T[]): { [P in K]?: readonly T[] } {
  return (list.length > 0 ? { [key]: list } : {}) as { [P in K]?: readonly T[] };
}
