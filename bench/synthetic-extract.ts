/**
 * Synthetic OpenStreetMap XML extracts of any size, for benchmarks of the upload and import: a grid town.
 * Nodes lie on a square lattice (10 m apart); every third row and column of the lattice is a street (one
 * `highway=residential` way per row and per column, end to end); inside each block the four lattice nodes
 * left over are the corners of a building (a closed `building=yes` way), and the central block is a named
 * pedestrian square between its four streets instead, so the import has a site to suggest. Written as a stream: a file of any size
 * takes a few megabytes of memory to write.
 *
 * About 84 bytes per node: 750 000 nodes make a file of about 63 MB. Imported by bench/upload.ts; running
 * this file alone does nothing.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** What a synthetic extract holds, as written. */
export interface SyntheticExtract {
  readonly path: string;
  readonly bytes: number;
  /** Lattice nodes per side. */
  readonly side: number;
  readonly nodes: number;
  readonly ways: number;
  /** Nodes + ways: what `MAX_EXTRACT_ELEMENTS` counts (a synthetic extract has no relations). */
  readonly elements: number;
}

/** Lattice spacing (m), and every how many lattice steps a street runs. */
const STEP_M = 10;
const BLOCK = 3;
/** The town's south-west corner (a field north of Nice: nothing real is drawn there). */
const ORIGIN = { lat: 43.8, lon: 7.1 };
const M_PER_DEG_LAT = 111_320;

/** The lattice side, ≡ 1 (mod BLOCK) so that the town ends on a street, whose square holds about `nodes`. */
export function sideFor(nodes: number): number {
  const side = Math.max(BLOCK + 1, Math.round(Math.sqrt(nodes)));
  return side - ((side - 1) % BLOCK);
}

/** Writes a grid town of about `nodes` nodes to `path` as OpenStreetMap XML. */
export async function writeSyntheticExtract(path: string, nodes: number): Promise<SyntheticExtract> {
  const side = sideFor(nodes);
  const out = createWriteStream(path);
  let bytes = 0;
  let pending = '';
  const write = async (text: string) => {
    pending += text;
    if (pending.length < 1 << 16) return;
    const chunk = pending;
    pending = '';
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };

  const id = (row: number, col: number) => 1 + row * side + col;
  const dLat = STEP_M / M_PER_DEG_LAT;
  const dLon = STEP_M / (M_PER_DEG_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180));
  const maxLat = ORIGIN.lat + (side - 1) * dLat;
  const maxLon = ORIGIN.lon + (side - 1) * dLon;

  await write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="pactesur bench">\n');
  await write(` <bounds minlat="${ORIGIN.lat.toFixed(7)}" minlon="${ORIGIN.lon.toFixed(7)}" maxlat="${maxLat.toFixed(7)}" maxlon="${maxLon.toFixed(7)}"/>\n`);
  for (let row = 0; row < side; row++) {
    const lat = (ORIGIN.lat + row * dLat).toFixed(7);
    for (let col = 0; col < side; col++)
      await write(` <node id="${id(row, col)}" lat="${lat}" lon="${(ORIGIN.lon + col * dLon).toFixed(7)}"/>\n`);
  }

  let wayId = 0;
  const way = async (refs: number[], tags: Record<string, string>) => {
    wayId += 1;
    let text = ` <way id="${wayId}">\n`;
    for (const ref of refs) text += ` <nd ref="${ref}"/>\n`;
    for (const [k, v] of Object.entries(tags)) text += ` <tag k="${k}" v="${v}"/>\n`;
    await write(text + ' </way>\n');
  };
  const line = (from: number, count: number, at: (i: number) => number) => Array.from({ length: count }, (_, i) => at(from + i));

  const streets = (side - 1) / BLOCK + 1;
  for (let s = 0; s < streets; s++) {
    const k = s * BLOCK;
    await way(line(0, side, (col) => id(k, col)), { highway: 'residential', name: `Rue ${s + 1}` });
    await way(line(0, side, (row) => id(row, k)), { highway: 'residential', name: `Avenue ${s + 1}` });
  }
  const blocks = streets - 1;
  const centre = Math.floor(blocks / 2);
  for (let br = 0; br < blocks; br++) {
    for (let bc = 0; bc < blocks; bc++) {
      const r = br * BLOCK + 1;
      const c = bc * BLOCK + 1;
      if (br === centre && bc === centre) {
        // The whole block between its four streets (30 m square).
        const [r0, c0] = [r - 1, c - 1];
        const ring = [id(r0, c0), id(r0, c0 + BLOCK), id(r0 + BLOCK, c0 + BLOCK), id(r0 + BLOCK, c0), id(r0, c0)];
        await way(ring, { highway: 'pedestrian', area: 'yes', place: 'square', name: 'Place du Banc d’Essai' });
      } else await way([id(r, c), id(r, c + 1), id(r + 1, c + 1), id(r + 1, c), id(r, c)], { building: 'yes' });
    }
  }
  await write('</osm>\n');
  bytes += Buffer.byteLength(pending);
  out.end(pending);
  await once(out, 'finish');
  const nodeCount = side * side;
  return { path, bytes, side, nodes: nodeCount, ways: wayId, elements: nodeCount + wayId };
}
