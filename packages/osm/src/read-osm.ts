import { Diagnostics } from './diagnostics.ts';
import { limitBytes, peek, toChunks, type OsmSource } from './chunks.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
import { OsmBuilder } from './osm-builder.ts';
import type { OsmData } from './osm-data.ts';
import { readOsmPbf } from './pbf/read-osm-pbf.ts';
import { sniffFormat } from './sniff-format.ts';
import { readOsmXml } from './xml/read-osm-xml.ts';

/** Options of {@link readOsm}. */
export interface ReadOsmOptions {
  readonly limits?: Partial<ReadLimits>;
}

/** What {@link readOsm} returns: the data read (possibly partial), the format and every diagnostic. */
export interface OsmReadResult {
  /** False when any error diagnostic was raised: the input is not a complete, valid extract. */
  readonly ok: boolean;
  readonly format: 'xml' | 'pbf' | 'unknown';
  readonly bytesRead: number;
  readonly data: OsmData;
  readonly diagnostics: Diagnostics;
}

/**
 * Reads an OSM extract (XML or PBF, told apart by its first bytes) from bytes or a chunk stream. Never
 * throws for bad input: empty, binary, compressed, truncated, corrupt or oversized input comes back as
 * error diagnostics with whatever could be read before the problem.
 *
 * @example
 * const r = await readOsm(bytes);
 * if (!r.ok) for (const d of r.diagnostics.list()) console.error(d.message);
 * r.data.ways.length;
 */
export async function readOsm(source: OsmSource, options: ReadOsmOptions = {}): Promise<OsmReadResult> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const diagnostics = new Diagnostics();
  const builder = new OsmBuilder(limits, diagnostics);
  const counter = { bytes: 0 };
  const { head, chunks } = await peek(toChunks(source), 16);
  const limited = limitBytes(
    chunks,
    limits.maxBytes,
    () => {
      diagnostics.add({
        severity: 'error',
        code: 'limit-bytes',
        message: `the input is larger than ${limits.maxBytes} bytes; reading stopped`,
      });
      builder.stop();
    },
    counter,
  );
  const kind = sniffFormat(head);
  let format: OsmReadResult['format'] = 'unknown';
  switch (kind) {
    case 'xml':
      format = 'xml';
      await readOsmXml(limited, builder);
      break;
    case 'pbf':
      format = 'pbf';
      await readOsmPbf(limited, builder);
      break;
    case 'empty':
      diagnostics.add({ severity: 'error', code: 'empty-input', message: 'the input is empty' });
      break;
    case 'gzip':
    case 'bzip2':
      diagnostics.add({
        severity: 'error',
        code: 'compressed-input',
        message: `the input is ${kind}-compressed; decompress it first (OSM XML or PBF expected)`,
      });
      break;
    case 'unknown':
      diagnostics.add({
        severity: 'error',
        code: 'unknown-format',
        message: 'the input is neither OSM XML nor OSM PBF',
      });
      break;
  }
  await limited.return(undefined);
  const data = builder.finish();
  return { ok: diagnostics.errorCount === 0, format, bytesRead: counter.bytes, data, diagnostics };
}
