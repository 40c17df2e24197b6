import type { ElementType } from '../diagnostics.ts';
import type { OsmBuilder } from '../osm-builder.ts';
import type { OsmMember, Tags } from '../osm-data.ts';
import type { XmlHandler } from './xml-tokenizer.ts';

const MEMBER_TYPES = new Set<string>(['node', 'way', 'relation']);

function attr(attrs: readonly string[], name: string): string | undefined {
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

/**
 * Turns tokenizer events into OSM elements on an {@link OsmBuilder}: `<osm>`, `<bounds>`, `<node>`,
 * `<way>`, `<relation>` with their `<tag>`, `<nd>` and `<member>` children; anything else is ignored.
 */
export class OsmXmlHandler implements XmlHandler {
  readonly #b: OsmBuilder;
  #sawRoot = false;
  #depth = 0;
  #current: { type: ElementType; id: number; lon: number; lat: number } | null = null;
  #tags: Record<string, string> | null = null;
  #refs: number[] = [];
  #members: OsmMember[] = [];
  /** Parts of the current element so far (see `ReadLimits.maxParts`). */
  #parts = 0;

  /**
   * @example
   * const h = new OsmXmlHandler(new OsmBuilder());
   * new XmlTokenizer(h).feed('<osm><node id="1" lat="1" lon="2"/></osm>');
   */
  constructor(builder: OsmBuilder) {
    this.#b = builder;
  }

  /** Whether an `<osm>` root element was seen. */
  get sawRoot(): boolean {
    return this.#sawRoot;
  }

  /** Depth of open elements (0 after a complete document). */
  get depth(): number {
    return this.#depth;
  }

  /** The element being read, if the input stopped inside one. */
  get openElement(): { type: ElementType; id: number } | null {
    return this.#current;
  }

  open(name: string, attrs: readonly string[], selfClosing: boolean): void {
    if (!selfClosing) this.#depth++;
    // Past a limit nothing more is kept; the reader stops after this piece of input.
    if (this.#b.stopped) return;
    if (this.#depth === (selfClosing ? 0 : 1)) {
      if (name === 'osm' || name === 'osmChange') this.#sawRoot = true;
      return;
    }
    switch (name) {
      case 'node':
      case 'way':
      case 'relation':
        this.#start(name, attrs, selfClosing);
        return;
      case 'tag':
        this.#tag(attrs);
        return;
      case 'nd':
        this.#nd(attrs);
        return;
      case 'member':
        this.#member(attrs);
        return;
      case 'bounds':
        this.#bounds(attrs);
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    this.#depth--;
    if (this.#current && name === this.#current.type) this.#finish();
  }

  malformed(message: string, offset: number): void {
    const where = this.#current ? `${this.#current.type} ${this.#current.id}` : `offset ${offset}`;
    this.#b.diagnostics.add({
      severity: 'warning',
      code: 'xml-malformed',
      message: `malformed XML at ${where}: ${message}`,
      ...(this.#current ? { element: { type: this.#current.type, id: this.#current.id } } : {}),
    });
  }

  #start(type: ElementType, attrs: readonly string[], selfClosing: boolean): void {
    const id = Number(attr(attrs, 'id'));
    const lon = Number(attr(attrs, 'lon'));
    const lat = Number(attr(attrs, 'lat'));
    this.#current = { type, id, lon, lat };
    this.#tags = null;
    this.#refs = [];
    this.#members = [];
    this.#parts = 0;
    if (selfClosing) this.#finish();
  }

  #tag(attrs: readonly string[]): void {
    const k = attr(attrs, 'k');
    const v = attr(attrs, 'v');
    if (!this.#current || k === undefined || v === undefined || !this.#room()) return;
    (this.#tags ??= {})[k] = v;
  }

  /** Whether one more part (tag, reference, member) of the current element fits in the limits. */
  #room(): boolean {
    return this.#b.hasRoomFor(++this.#parts);
  }

  #nd(attrs: readonly string[]): void {
    const ref = Number(attr(attrs, 'ref'));
    if (this.#current?.type !== 'way') return;
    if (!Number.isSafeInteger(ref)) this.#bad(`way ${this.#current.id} has an <nd> without a valid ref`);
    else if (this.#room()) this.#refs.push(ref);
  }

  #member(attrs: readonly string[]): void {
    const type = attr(attrs, 'type') ?? '';
    const ref = Number(attr(attrs, 'ref'));
    if (this.#current?.type !== 'relation') return;
    if (MEMBER_TYPES.has(type) && Number.isSafeInteger(ref)) {
      if (this.#room()) this.#members.push({ type: type as ElementType, ref, role: attr(attrs, 'role') ?? '' });
    } else this.#bad(`relation ${this.#current.id} has a member without a valid type and ref`);
  }

  #bounds(attrs: readonly string[]): void {
    const v = ['minlon', 'minlat', 'maxlon', 'maxlat'].map((k) => Number(attr(attrs, k)));
    if (v.every((x) => Number.isFinite(x)))
      this.#b.setBounds(v as unknown as readonly [number, number, number, number]);
  }

  #finish(): void {
    const cur = this.#current;
    this.#current = null;
    if (!cur) return;
    const tags: Tags | null = this.#tags;
    if (!Number.isSafeInteger(cur.id)) {
      this.#bad(`<${cur.type}> without a valid id skipped`);
      return;
    }
    if (cur.type === 'node') {
      if (Number.isNaN(cur.lon) || Number.isNaN(cur.lat)) {
        this.#bad(`node ${cur.id} has no valid lat/lon; skipped`, { type: 'node', id: cur.id });
        return;
      }
      this.#b.addNode(cur.id, cur.lon, cur.lat, tags);
    } else if (cur.type === 'way') this.#b.addWay(cur.id, Float64Array.from(this.#refs), tags);
    else this.#b.addRelation(cur.id, this.#members, tags);
  }

  #bad(message: string, element?: { type: ElementType; id: number }): void {
    this.#b.diagnostics.add({
      severity: 'warning',
      code: 'bad-element',
      message,
      ...(element ? { element } : {}),
    });
  }
}
