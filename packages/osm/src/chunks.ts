/** Bytes as a readers accept them: one buffer, or chunks from a stream or a generator. */
export type OsmSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Normalises an {@link OsmSource} into an async stream of chunks.
 *
 * @example
 * for await (const chunk of toChunks(bytes)) handle(chunk);
 */
export async function* toChunks(source: OsmSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (Symbol.asyncIterator in source) {
    for await (const c of source) yield c;
    return;
  }
  for (const c of source) yield c;
}

/** A stream whose first bytes have been read ahead (to sniff the format) and are replayed. */
export interface PeekedStream {
  readonly head: Uint8Array;
  readonly chunks: AsyncIterable<Uint8Array>;
}

/**
 * Reads at least `n` bytes ahead (fewer if the stream is shorter) without losing them.
 *
 * @example
 * const { head, chunks } = await peek(toChunks(source), 16);
 */
export async function peek(
  stream: AsyncIterator<Uint8Array> & AsyncIterable<Uint8Array>,
  n: number,
): Promise<PeekedStream> {
  const first: Uint8Array[] = [];
  let have = 0;
  while (have < n) {
    const r = await stream.next();
    if (r.done) break;
    first.push(r.value);
    have += r.value.length;
  }
  const head = first.length === 1 ? (first[0] as Uint8Array) : concat(first, have);
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      if (head.length > 0) yield head;
      for await (const c of stream) yield c;
    } finally {
      await stream.return?.(undefined);
    }
  }
  return { head, chunks: replay() };
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Passes chunks through while counting bytes; once more than `maxBytes` went by it calls `onLimit` and
 * ends the stream (the source is closed, so a generator producing a bomb stops producing).
 *
 * @example
 * const limited = limitBytes(chunks, 1 << 20, (seen) => report(seen));
 */
export async function* limitBytes(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  onLimit: (seen: number) => void,
  counter: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    counter.bytes += c.length;
    if (counter.bytes > maxBytes) {
      onLimit(counter.bytes);
      return;
    }
    yield c;
  }
}
