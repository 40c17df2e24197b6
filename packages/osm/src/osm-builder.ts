import { Diagnostics } from './diagnostics.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
import type { Bounds, OsmData, OsmMember, OsmRelation, OsmWay, Tags } from './osm-data.ts';
import { SortedIdIndex } from './sorted-id-index.ts';

const EMPTY_TAGS: Tags = Object.freeze({});

/**
 * The sink both readers write into: grows node columns, checks coordinates and the element limit, then
 * {@link OsmBuilder.finish} drops duplicates, resolves node references and returns {@link OsmData}.
 * When the element limit is passed, {@link OsmBuilder.stopped} turns true and readers stop reading.
 */
export class OsmBuilder {
  readonly diagnostics: Diagnostics;
  readonly #limits: ReadLimits;
  #n = 0;
  #ids: Float64Array = new Float64Array(1024);
  #lon: Float64Array = new Float64Array(1024);
  #lat: Float64Array = new Float64Array(1024);
  readonly #nodeTags = new Map<number, Tags>();
  readonly #ways: OsmWay[] = [];
  readonly #relations: OsmRelation[] = [];
  #bounds: Bounds | null = null;
  #stopped = false;
  /** Tags, way node references and relation members admitted so far (see `ReadLimits.maxParts`). */
  #parts = 0;

  /**
   * @example
   * const b = new OsmBuilder();
   * b.addNode(1, 4.77, 51.58, null);
   * const data = b.finish(); // data.nodeCount === 1
   */
  constructor(limits: ReadLimits = DEFAULT_LIMITS, diagnostics = new Diagnostics()) {
    this.#limits = limits;
    this.diagnostics = diagnostics;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  get elementCount(): number {
    return this.#n + this.#ways.length + this.#relations.length;
  }

  /**
   * Records the requested area of the extract; bounds outside ±180°, ±90° (or not numbers) are dropped
   * with a warning: they are read as coordinates later, and the elements do not need them.
   */
  setBounds(bounds: Bounds): void {
    const [minLon, minLat, maxLon, maxLat] = bounds;
    const lonOk = (v: number) => v >= -180 && v <= 180;
    const latOk = (v: number) => v >= -90 && v <= 90;
    if (lonOk(minLon) && lonOk(maxLon) && latOk(minLat) && latOk(maxLat)) {
      this.#bounds = bounds;
      return;
    }
    this.diagnostics.add({
      severity: 'warning',
      code: 'coordinate-out-of-range',
      message: `the extract's bounds ${bounds.join(', ')} are outside ±180°, ±90°; bounds ignored`,
    });
  }

  /** Adds a node; returns false (and records why) when it was refused. */
  addNode(id: number, lon: number, lat: number, tags: Tags | null): boolean {
    if (!this.#admit(countTags(tags))) return false;
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      this.diagnostics.add({
        severity: 'error',
        code: 'coordinate-out-of-range',
        message: `node ${id} has longitude ${lon}, latitude ${lat}, outside ±180°, ±90°; node dropped`,
        element: { type: 'node', id },
      });
      return false;
    }
    if (this.#n === this.#ids.length) this.#grow();
    this.#ids[this.#n] = id;
    this.#lon[this.#n] = lon;
    this.#lat[this.#n] = lat;
    if (tags) this.#nodeTags.set(this.#n, tags);
    this.#n++;
    return true;
  }

  /** Adds a way (the refs array is kept, not copied). */
  addWay(id: number, refs: Float64Array, tags: Tags | null): boolean {
    if (!this.#admit(refs.length + countTags(tags))) return false;
    this.#ways.push({ id, refs, tags: tags ?? EMPTY_TAGS });
    return true;
  }

  /** Adds a relation. */
  addRelation(id: number, members: readonly OsmMember[], tags: Tags | null): boolean {
    if (!this.#admit(members.length + countTags(tags))) return false;
    this.#relations.push({ id, members, tags: tags ?? EMPTY_TAGS });
    return true;
  }

  /**
   * Whether `parts` more tags, references or members still fit in `ReadLimits.maxParts`; when they do not,
   * reading stops with `limit-elements`. Readers ask before building a large element, so that a hostile
   * count is refused before it is allocated.
   */
  hasRoomFor(parts: number): boolean {
    if (this.#stopped) return false;
    if (this.#parts + parts <= this.#limits.maxParts) return true;
    this.#stopped = true;
    this.diagnostics.add({
      severity: 'error',
      code: 'limit-elements',
      message: `more than ${this.#limits.maxParts} tags, way node references and relation members; reading stopped`,
    });
    return false;
  }

  #admit(parts: number): boolean {
    if (this.#stopped) return false;
    if (this.elementCount >= this.#limits.maxElements) {
      this.#stopped = true;
      this.diagnostics.add({
        severity: 'error',
        code: 'limit-elements',
        message: `more than ${this.#limits.maxElements} elements (nodes + ways + relations); reading stopped`,
      });
      return false;
    }
    if (!this.hasRoomFor(parts)) return false;
    this.#parts += parts;
    return true;
  }

  /** Stops reading for a reason found by the reader (byte limit, corrupt data). */
  stop(): void {
    this.#stopped = true;
  }

  #grow(): void {
    const grow = (a: Float64Array): Float64Array => {
      const next = new Float64Array(a.length * 2);
      next.set(a);
      return next;
    };
    this.#ids = grow(this.#ids);
    this.#lon = grow(this.#lon);
    this.#lat = grow(this.#lat);
  }

  /** Removes later duplicates from the node columns (rare: only when the index found some). */
  #compactNodes(index: SortedIdIndex): SortedIdIndex {
    let w = 0;
    const tags = new Map(this.#nodeTags);
    this.#nodeTags.clear();
    for (let r = 0; r < this.#n; r++) {
      if (!index.isKept(r, this.#ids[r] as number)) continue;
      this.#ids[w] = this.#ids[r] as number;
      this.#lon[w] = this.#lon[r] as number;
      this.#lat[w] = this.#lat[r] as number;
      const t = tags.get(r);
      if (t) this.#nodeTags.set(w, t);
      w++;
    }
    this.#n = w;
    return new SortedIdIndex(this.#ids.subarray(0, w));
  }

  /** Drops duplicates, counts missing node references, and returns the data. */
  finish(): OsmData {
    let nodeIndex = new SortedIdIndex(this.#ids.subarray(0, this.#n));
    if (nodeIndex.duplicates.length > 0) {
      for (const id of nodeIndex.duplicates) this.#duplicate('node', id);
      nodeIndex = this.#compactNodes(nodeIndex);
    }
    const n = this.#n;
    const nodeIds = this.#ids.subarray(0, n);
    const ways = this.#dedupe(this.#ways, 'way');
    const relations = this.#dedupe(this.#relations, 'relation');
    const wayIndex = new SortedIdIndex(Float64Array.from(ways, (w) => w.id));
    let missing = 0;
    for (const way of ways) {
      let m = 0;
      for (const ref of way.refs) if (nodeIndex.find(ref) < 0) m++;
      if (m > 0) {
        missing += m;
        this.diagnostics.add({
          severity: 'warning',
          code: 'missing-node-ref',
          message: `way ${way.id} refers to ${m} node(s) not in the extract`,
          element: { type: 'way', id: way.id },
        });
      }
    }
    return {
      bounds: this.#bounds,
      nodeCount: n,
      nodeIds,
      lon: this.#lon.subarray(0, n),
      lat: this.#lat.subarray(0, n),
      nodeTags: this.#nodeTags,
      ways,
      relations,
      missingNodeRefs: missing,
      nodeIndex: (id) => nodeIndex.find(id),
      wayIndex: (id) => wayIndex.find(id),
    };
  }

  #dedupe<T extends { readonly id: number }>(items: T[], type: 'way' | 'relation'): T[] {
    const index = new SortedIdIndex(Float64Array.from(items, (x) => x.id));
    if (index.duplicates.length === 0) return items;
    for (const id of index.duplicates) this.#duplicate(type, id);
    return items.filter((x, i) => index.isKept(i, x.id));
  }

  #duplicate(type: 'node' | 'way' | 'relation', id: number): void {
    this.diagnostics.add({
      severity: 'warning',
      code: 'duplicate-id',
      message: `${type} ${id} appears more than once; the first is kept`,
      element: { type, id },
    });
  }
}

function countTags(tags: Tags | null): number {
  let n = 0;
  if (tags) for (const _ in tags) n++;
  return n;
}
