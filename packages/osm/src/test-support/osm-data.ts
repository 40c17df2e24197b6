// Test-only helpers: where the real extracts of `data/osm` live, and how to feed bytes in odd-sized chunks.
import { fileURLToPath } from 'node:url';

/** The repository's `data/osm/` (its root is four levels up from here). */
export const OSM_DATA_DIR = fileURLToPath(new URL('../../../../data/osm/', import.meta.url));

/** Counts from `data/osm/README.md`. */
export const README_COUNTS: Readonly<
  Record<string, { nodes: number; ways: number; relations: number; missingRefs: number }>
> = {
  'monaco-2026-03-10.osm.pbf': { nodes: 41361, ways: 6180, relations: 346, missingRefs: 0 },
  'monaco-ville-port-hercule.osm': { nodes: 12235, ways: 2209, relations: 203, missingRefs: 0 },
  'munich-marienplatz.osm': { nodes: 3160, ways: 640, relations: 179, missingRefs: 0 },
  'helsinki-centre.osm.pbf': { nodes: 24260, ways: 5130, relations: 620, missingRefs: 4525 },
  'paris-republique-marais.osm': { nodes: 4598, ways: 1289, relations: 17, missingRefs: 714 },
  'paris-eiffel-tower.osm': { nodes: 2663, ways: 188, relations: 14, missingRefs: 0 },
  'berlin-grosser-stern.osm': { nodes: 5117, ways: 418, relations: 50, missingRefs: 0 },
  'london-borough-high-street.osm': { nodes: 969, ways: 161, relations: 41, missingRefs: 0 },
  'breda-grote-markt.osm': { nodes: 430, ways: 51, relations: 6, missingRefs: 0 },
};

/** Cuts bytes into chunks of pseudo-random sizes (1 byte to 64 KiB), the same for the same seed. */
export function* oddChunks(bytes: Uint8Array, seed = 1): Generator<Uint8Array> {
  let s = seed;
  let i = 0;
  while (i < bytes.length) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const size = 1 + (s % (s & 1 ? 17 : 65536));
    yield bytes.subarray(i, i + size);
    i += size;
  }
}
