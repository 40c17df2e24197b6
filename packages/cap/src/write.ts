import { CAP_ORDER, REQUIRED, childPath, type CapContainer } from './cap-elements.ts';
import {
  CAP_NAMESPACE,
  type CapAlert,
  type CapArea,
  type CapExtra,
  type CapInfo,
  type CapResource,
  type CapValue,
} from './model.ts';
import { escapeAttribute, escapeText } from './xml/xml-chars.ts';

const INDENT = '  ';

/**
 * Writes a message as CAP 1.2 XML (UTF-8 text with its declaration), its elements in the standard's strict
 * order whatever order they were read in. A message read from outside keeps its written form (`alert.xml`):
 * the CAP prefix, the root's namespace declarations and attributes, elements that were present but empty;
 * its extras go back after the CAP element they followed and its signatures at the end, each verbatim.
 * A value `''` of an optional element is written empty (`<note/>`); of a required one, empty too unless
 * the message was read without it. Characters XML cannot hold become U+FFFD.
 *
 * @example
 * const xml = writeCap(alert); // '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:…">…'
 */
export function writeCap(alert: CapAlert): string {
  return new Writer(alert).document();
}

/** One child to write: a value, or lines already written (a container, a verbatim part). */
type Child = { readonly value: string } | { readonly lines: readonly string[] };

class Writer {
  readonly #alert: CapAlert;
  readonly #prefix: string | null;
  readonly #empty: ReadonlySet<string>;
  /** Whether the message was read from outside: a required element absent then is left out again. */
  readonly #read: boolean;

  constructor(alert: CapAlert) {
    this.#alert = alert;
    this.#prefix = alert.xml?.prefix ?? null;
    this.#empty = new Set(alert.xml?.emptyElements ?? []);
    this.#read = alert.xml !== undefined;
  }

  document(): string {
    const a = this.#alert;
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', ...(a.xml?.prolog ?? [])];
    const children = (name: string): Child[] => {
      switch (name) {
        case 'code':
          return a.codes.map((value) => ({ value }));
        case 'info':
          return a.infos.map((info, i) => ({ lines: this.#info(info, childPath('alert', 'info', i)) }));
        case 'Signature':
          return a.signatures.map((xml) => ({ lines: [xml] }));
        default:
          return this.#single(a as unknown as Record<string, string | undefined>, 'alert', name, 'alert');
      }
    };
    lines.push(
      this.#rootTag(),
      ...this.#container('alert', children, a.extras),
      `</${this.#q('alert')}>`,
      ...(a.xml?.epilog ?? []),
    );
    return `${lines.join('\n')}\n`;
  }

  #rootTag(): string {
    const style = this.#alert.xml;
    const namespaces = [...(style?.namespaces ?? [])];
    const own = this.#prefix ?? '';
    if (!namespaces.some(([p, uri]) => p === own && uri === CAP_NAMESPACE)) {
      // A declaration of the CAP prefix is required; another binding of that prefix is replaced by it.
      const at = namespaces.findIndex(([p]) => p === own);
      if (at >= 0) namespaces.splice(at, 1);
      namespaces.unshift([own, CAP_NAMESPACE]);
    }
    const attributes = [
      ...namespaces.map(([p, uri]) => [p === '' ? 'xmlns' : `xmlns:${p}`, uri] as const),
      ...(style?.attributes ?? []),
    ];
    return `<${this.#q('alert')}${attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('')}>`;
  }

  #info(info: CapInfo, path: string): string[] {
    const children = (name: string): Child[] => {
      switch (name) {
        case 'category':
          return info.categories.map((value) => ({ value }));
        case 'responseType':
          return info.responseTypes.map((value) => ({ value }));
        case 'eventCode':
          return info.eventCodes.map((v, i) => ({
            lines: this.#pair('eventCode', v, childPath(path, 'eventCode', i)),
          }));
        case 'parameter':
          return info.parameters.map((v, i) => ({
            lines: this.#pair('parameter', v, childPath(path, 'parameter', i)),
          }));
        case 'resource':
          return info.resources.map((r, i) => ({ lines: this.#resource(r, childPath(path, 'resource', i)) }));
        case 'area':
          return info.areas.map((area, i) => ({ lines: this.#area(area, childPath(path, 'area', i)) }));
        default:
          return this.#single(info as unknown as Record<string, string | undefined>, 'info', name, path);
      }
    };
    return this.#wrapped('info', this.#container('info', children, info.extras));
  }

  #resource(r: CapResource, path: string): string[] {
    const children = (name: string): Child[] =>
      this.#single(r as unknown as Record<string, string | undefined>, 'resource', name, path);
    return this.#wrapped('resource', this.#container('resource', children, r.extras));
  }

  #area(area: CapArea, path: string): string[] {
    const children = (name: string): Child[] => {
      switch (name) {
        case 'polygon':
          return area.polygons.map((value) => ({ value }));
        case 'circle':
          return area.circles.map((value) => ({ value }));
        case 'geocode':
          return area.geocodes.map((v, i) => ({
            lines: this.#pair('geocode', v, childPath(path, 'geocode', i)),
          }));
        default:
          return this.#single(area as unknown as Record<string, string | undefined>, 'area', name, path);
      }
    };
    return this.#wrapped('area', this.#container('area', children, area.extras));
  }

  #pair(name: string, v: CapValue, path: string): string[] {
    const children = (field: string): Child[] =>
      this.#single(v as unknown as Record<string, string | undefined>, 'pair', field, path);
    return this.#wrapped(name, this.#container('pair', children, v.extras));
  }

  /** A single text element: absent when undefined, or when required, empty and absent from what was read. */
  #single(
    holder: Record<string, string | undefined>,
    container: CapContainer,
    name: string,
    parentPath: string,
  ): Child[] {
    const value = holder[name];
    if (typeof value !== 'string') return [];
    if (
      value === '' &&
      this.#read &&
      REQUIRED[container].includes(name) &&
      !this.#empty.has(childPath(parentPath, name, 0))
    )
      return [];
    return [{ value }];
  }

  /**
   * The lines of a container's children, in the standard's order, each extra after the element it
   * followed (or where that element would be when it is gone); extras naming no element of this container
   * go last.
   */
  #container(
    container: CapContainer,
    children: (name: string) => Child[],
    extras: readonly CapExtra[] = [],
  ): string[] {
    const order = CAP_ORDER[container];
    const out: string[] = [];
    // Extras grouped by the element they follow once, not searched at every element: a message of many
    // elements and many extras would otherwise take quadratic time.
    const byAnchor = new Map<string | null, CapExtra[]>();
    const elsewhere: CapExtra[] = [];
    for (const e of extras) {
      if (e.after === null || order.includes(e.after)) push(byAnchor, e.after, e);
      else elsewhere.push(e);
    }
    const putExtras = (list: readonly CapExtra[] | undefined): void => {
      for (const e of list ?? []) out.push(INDENT + e.xml);
    };
    putExtras(byAnchor.get(null));
    for (const name of order) {
      const list = children(name);
      const anchored = byAnchor.get(name) ?? [];
      if (list.length === 0) {
        putExtras(anchored);
        continue;
      }
      // After its occurrence; absent or past the end: after the last one.
      const at = new Map<number, CapExtra[]>();
      for (const e of anchored)
        push(
          at,
          e.afterIndex !== undefined && e.afterIndex < list.length ? e.afterIndex : list.length - 1,
          e,
        );
      list.forEach((child, k) => {
        // A verbatim part (extra, signature) is one line whatever it holds: only its start is indented.
        if ('lines' in child) for (const l of child.lines) out.push(INDENT + l);
        else out.push(INDENT + this.#textElement(name, child.value));
        putExtras(at.get(k));
      });
    }
    putExtras(elsewhere);
    return out;
  }

  #textElement(name: string, value: string): string {
    const q = this.#q(name);
    return value === '' ? `<${q}/>` : `<${q}>${escapeText(value)}</${q}>`;
  }

  #wrapped(name: string, inner: readonly string[]): string[] {
    const q = this.#q(name);
    return [`<${q}>`, ...inner, `</${q}>`];
  }

  #q(name: string): string {
    return this.#prefix ? `${this.#prefix}:${name}` : name;
  }
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
