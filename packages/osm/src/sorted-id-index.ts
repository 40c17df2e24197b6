/**
 * Looks up element indices by OSM id without a hash map: ids sorted once (files are usually already
 * sorted, then this costs one pass), found by binary search. Duplicate ids are reported and the first kept.
 */
export class SortedIdIndex {
  readonly #ids: Float64Array;
  readonly #index: Uint32Array | null;
  /** Ids that occur more than once, each listed once. */
  readonly duplicates: readonly number[];

  /**
   * @example
   * const idx = new SortedIdIndex(new Float64Array([10, 30, 20]));
   * idx.find(20); // 2
   * idx.find(99); // -1
   */
  constructor(ids: Float64Array) {
    let sorted = true;
    for (let i = 1; i < ids.length; i++) {
      if ((ids[i] as number) <= (ids[i - 1] as number)) {
        sorted = false;
        break;
      }
    }
    if (sorted) {
      this.#ids = ids;
      this.#index = null;
      this.duplicates = [];
      return;
    }
    const order = new Uint32Array(ids.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => (ids[a] as number) - (ids[b] as number) || a - b);
    const keptIds: number[] = [];
    const keptIdx: number[] = [];
    const dups: number[] = [];
    for (const i of order) {
      const id = ids[i] as number;
      if (keptIds.length > 0 && keptIds[keptIds.length - 1] === id) {
        if (dups[dups.length - 1] !== id) dups.push(id);
        continue;
      }
      keptIds.push(id);
      keptIdx.push(i);
    }
    this.#ids = Float64Array.from(keptIds);
    this.#index = Uint32Array.from(keptIdx);
    this.duplicates = dups;
  }

  /** The element index of `id`, or -1 when absent. */
  find(id: number): number {
    const ids = this.#ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid] as number;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else return this.#index ? (this.#index[mid] as number) : mid;
    }
    return -1;
  }

  /** Whether element `index` is the one kept for its id (false for later duplicates). */
  isKept(index: number, id: number): boolean {
    return this.find(id) === index;
  }
}
