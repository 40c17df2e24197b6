/**
 * Pulls exact byte counts out of a stream of chunks of any size. Keeps only the bytes not yet taken;
 * a request that fits in the current chunk returns a view, not a copy.
 */
export class ByteQueue {
  readonly #it: AsyncIterator<Uint8Array>;
  #buf: Uint8Array = new Uint8Array(0);
  #pos = 0;
  #eof = false;

  /**
   * @example
   * const q = new ByteQueue(chunks);
   * const head = await q.take(4); // null when the stream ends first
   */
  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.#it = chunks[Symbol.asyncIterator]();
  }

  /** Bytes still buffered. */
  get buffered(): number {
    return this.#buf.length - this.#pos;
  }

  /** Whether the stream is exhausted and nothing is buffered. */
  async atEnd(): Promise<boolean> {
    if (this.buffered > 0) return false;
    await this.#fill(1);
    return this.buffered === 0;
  }

  /** Exactly `n` bytes, or `null` when the stream ends first (then {@link buffered} says how many were left). */
  async take(n: number): Promise<Uint8Array | null> {
    if (this.buffered < n) await this.#fill(n);
    if (this.buffered < n) return null;
    const out = this.#buf.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    return out;
  }

  /** Stops the underlying stream early (lets a generator run its `finally`). */
  async close(): Promise<void> {
    await this.#it.return?.();
  }

  async #fill(n: number): Promise<void> {
    const parts: Uint8Array[] = [this.#buf.subarray(this.#pos)];
    let have = parts[0]?.length ?? 0;
    while (have < n && !this.#eof) {
      const r = await this.#it.next();
      if (r.done) {
        this.#eof = true;
        break;
      }
      parts.push(r.value);
      have += r.value.length;
    }
    if (parts.length === 1) return;
    const merged = new Uint8Array(have);
    let o = 0;
    for (const p of parts) {
      merged.set(p, o);
      o += p.length;
    }
    this.#buf = merged;
    this.#pos = 0;
  }
}
