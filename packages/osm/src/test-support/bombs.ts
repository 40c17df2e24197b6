// Test-only generators of hostile input, produced lazily so nothing large is ever written or held.

/** How much of a generated bomb was actually pulled by the reader. */
export interface BombCounter {
  nodes: number;
}

/**
 * An OSM XML document that claims `total` nodes, produced 10 000 nodes per chunk on demand (a lazy generator: nothing is made before it is pulled).
 */
export function* xmlNodeBomb(total: number, counter: BombCounter): Generator<Uint8Array> {
  const enc = new TextEncoder();
  yield enc.encode('<?xml version="1.0"?>\n<osm version="0.6">\n');
  const per = 10_000;
  for (let start = 1; start <= total; start += per) {
    const parts: string[] = [];
    const end = Math.min(total, start + per - 1);
    for (let id = start; id <= end; id++) parts.push(`<node id="${id}" lat="48.1" lon="11.5"/>\n`);
    counter.nodes = end;
    yield enc.encode(parts.join(''));
  }
  yield enc.encode('</osm>\n');
}
