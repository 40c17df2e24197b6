/**
 * A binary min-heap of (key, item) pairs over typed arrays; grows by doubling.
 * @example
 * const h = new MinHeap();
 * h.push(2, 7);
 * h.push(1, 9);
 * h.pop(); // 9
 */
export class MinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  push(key: number, item: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const items = new Int32Array(this.size * 2);
      items.set(this.items);
      this.keys = keys;
      this.items = items;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.keys[p] as number) <= key) break;
      this.keys[i] = this.keys[p] as number;
      this.items[i] = this.items[p] as number;
      i = p;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }

  /** Key of the top pair (call only when size > 0). */
  topKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the top pair and returns its item. */
  pop(): number {
    const top = this.items[0] as number;
    const n = --this.size;
    const key = this.keys[n] as number;
    const item = this.items[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (this.keys[c + 1] as number) < (this.keys[c] as number)) c++;
      if ((this.keys[c] as number) >= key) break;
      this.keys[i] = this.keys[c] as number;
      this.items[i] = this.items[c] as number;
      i = c;
    }
    this.keys[i] = key;
    this.items[i] = item;
    return top;
  }
}
