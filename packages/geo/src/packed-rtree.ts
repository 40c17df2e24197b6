import type { BBox } from './polygon.ts';

/**
 * A static, packed R-tree over boxes (a Hilbert-sorted bottom-up build in the style of flatbush): add every
 * box, call {@link PackedRTree.finish} once, then query. All state lives in typed arrays.
 */
export class PackedRTree {
  readonly #nodeSize: number;
  readonly #boxes: Float64Array;
  readonly #indices: Uint32Array;
  readonly #levelEnds: number[] = [];
  readonly #numItems: number;
  #pos = 0;
  #finished = false;

  /**
   * @example
   * const tree = new PackedRTree(2);
   * tree.add(0, 0, 1, 1);
   * tree.add(5, 5, 6, 6);
   * tree.finish();
   * tree.search([0.5, 0.5, 2, 2]); // [0]
   */
  constructor(numItems: number, nodeSize = 16) {
    if (!Number.isInteger(numItems) || numItems < 0) throw new RangeError(`bad item count ${numItems}`);
    this.#numItems = numItems;
    this.#nodeSize = Math.min(Math.max(nodeSize, 2), 65535);
    let n = numItems;
    let total = n;
    do {
      n = Math.ceil(n / this.#nodeSize);
      total += n;
    } while (n > 1);
    this.#boxes = new Float64Array(Math.max(total, 1) * 4);
    this.#indices = new Uint32Array(Math.max(total, 1));
  }

  /** Adds the next item's box and returns its index (0, 1, 2… in call order). */
  add(minX: number, minY: number, maxX: number, maxY: number): number {
    const i = this.#pos >> 2;
    if (i >= this.#numItems) throw new RangeError('more items added than declared');
    this.#indices[i] = i;
    this.#boxes.set([minX, minY, maxX, maxY], this.#pos);
    this.#pos += 4;
    return i;
  }

  /** Sorts the items along a Hilbert curve and builds the upper levels. */
  finish(): void {
    if (this.#pos >> 2 !== this.#numItems) throw new RangeError('fewer items added than declared');
    this.#finished = true;
    const n = this.#numItems;
    if (n === 0) return;
    const b = this.#boxes;
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, b[4 * i] as number);
      minY = Math.min(minY, b[4 * i + 1] as number);
      maxX = Math.max(maxX, b[4 * i + 2] as number);
      maxY = Math.max(maxY, b[4 * i + 3] as number);
    }
    const w = maxX - minX || 1;
    const h = maxY - minY || 1;
    const hv = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const cx = (((b[4 * i] as number) + (b[4 * i + 2] as number)) / 2 - minX) / w;
      const cy = (((b[4 * i + 1] as number) + (b[4 * i + 3] as number)) / 2 - minY) / h;
      hv[i] = hilbert(Math.floor(cx * 65535), Math.floor(cy * 65535));
    }
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (p, q) => (hv[p] as number) - (hv[q] as number),
    );
    const sortedBoxes = new Float64Array(n * 4);
    order.forEach((src, dst) => {
      sortedBoxes.set(b.subarray(src * 4, src * 4 + 4), dst * 4);
      this.#indices[dst] = src;
    });
    b.set(sortedBoxes);
    let start = 0;
    let end = n;
    this.#levelEnds.push(end);
    while (end - start > 1) {
      let out = end;
      for (let i = start; i < end; i += this.#nodeSize) {
        let a = Infinity,
          c = Infinity,
          d = -Infinity,
          e = -Infinity;
        for (let j = i; j < Math.min(i + this.#nodeSize, end); j++) {
          a = Math.min(a, b[4 * j] as number);
          c = Math.min(c, b[4 * j + 1] as number);
          d = Math.max(d, b[4 * j + 2] as number);
          e = Math.max(e, b[4 * j + 3] as number);
        }
        b.set([a, c, d, e], out * 4);
        this.#indices[out] = i;
        out++;
      }
      start = end;
      end = out;
      this.#levelEnds.push(end);
    }
  }

  /** Indices of the items whose boxes intersect `box` (boundaries included), in no particular order. */
  search(box: BBox): number[] {
    if (!this.#finished) throw new Error('PackedRTree.search before finish()');
    const out: number[] = [];
    if (this.#numItems === 0) return out;
    const [qx0, qy0, qx1, qy1] = box;
    const b = this.#boxes;
    const stack: number[] = [(this.#levelEnds.at(-1) as number) - 1];
    const levelOf: number[] = [this.#levelEnds.length - 1];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      const level = levelOf.pop() as number;
      if (
        (b[4 * node] as number) > qx1 ||
        (b[4 * node + 1] as number) > qy1 ||
        (b[4 * node + 2] as number) < qx0 ||
        (b[4 * node + 3] as number) < qy0
      )
        continue;
      if (level === 0) {
        out.push(this.#indices[node] as number);
        continue;
      }
      const first = this.#indices[node] as number;
      const last = Math.min(first + this.#nodeSize, this.#levelEnds[level - 1] as number);
      for (let c = first; c < last; c++) {
        stack.push(c);
        levelOf.push(level - 1);
      }
    }
    return out;
  }
}

function hilbert(x: number, y: number): number {
  let d = 0;
  for (let s = 1 << 15; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d >>> 0;
}
