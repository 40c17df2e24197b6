import { ByteQueue } from '../byte-queue.ts';
import type { OsmBuilder } from '../osm-builder.ts';
import { decodeBlob, decodeBlobHeader, MAX_BLOB_BYTES, MAX_HEADER_BYTES } from './blob.ts';
import { decodeHeaderBlock, SUPPORTED_FEATURES } from './header-block.ts';
import { decodePrimitiveBlock } from './primitive-block.ts';
import { ProtoError } from './proto-cursor.ts';

/**
 * Reads OSM PBF from a stream of byte chunks into `builder`, one block at a time (memory holds one
 * block, not the file). A cut-off file, a corrupt block or an unsupported feature is an error
 * diagnostic naming the block; elements of the blocks before it are kept.
 *
 * @example
 * const b = new OsmBuilder();
 * await readOsmPbf(chunksOf(bytes), b);
 * b.finish().ways.length;
 */
export async function readOsmPbf(chunks: AsyncIterable<Uint8Array>, builder: OsmBuilder): Promise<void> {
  const q = new ByteQueue(chunks);
  const d = builder.diagnostics;
  const fail = (code: 'pbf-truncated' | 'pbf-corrupt' | 'pbf-unsupported', message: string): void => {
    d.add({ severity: 'error', code, message });
    builder.stop();
  };
  let block = 0;
  try {
    while (!builder.stopped && !(await q.atEnd())) {
      const where = `block ${block}`;
      const len = await q.take(4);
      if (!len)
        return fail(
          'pbf-truncated',
          `the PBF ends inside the length prefix of ${where}; the file is cut short`,
        );
      const headerLength = new DataView(len.buffer, len.byteOffset, 4).getUint32(0);
      if (headerLength === 0 || headerLength > MAX_HEADER_BYTES)
        return fail('pbf-corrupt', `${where} declares a ${headerLength}-byte header`);
      const headerBytes = await q.take(headerLength);
      if (!headerBytes)
        return fail('pbf-truncated', `the PBF ends inside the header of ${where}; the file is cut short`);
      const header = decodeBlobHeader(headerBytes);
      if (header.dataSize > MAX_BLOB_BYTES)
        return fail('pbf-corrupt', `${where} declares a ${header.dataSize}-byte blob`);
      const blobBytes = await q.take(header.dataSize);
      if (!blobBytes)
        return fail(
          'pbf-truncated',
          `the PBF ends inside ${where} (${header.type}, ${q.buffered} of ${header.dataSize} bytes); the file is cut short`,
        );
      const blob = decodeBlob(blobBytes);
      if (!blob.ok)
        return fail(
          'pbf-unsupported',
          `${where} uses ${blob.unsupported} compression, which this reader does not support`,
        );
      if (header.type === 'OSMHeader') {
        const h = decodeHeaderBlock(blob.data);
        const missing = h.requiredFeatures.filter((f) => !SUPPORTED_FEATURES.has(f));
        if (missing.length > 0)
          return fail('pbf-unsupported', `the PBF requires unsupported features: ${missing.join(', ')}`);
        if (h.bounds) builder.setBounds(h.bounds);
      } else if (header.type === 'OSMData') {
        decodePrimitiveBlock(blob.data, builder);
      } else if (block === 0) {
        return fail('pbf-corrupt', `the first block has type "${header.type.slice(0, 40)}", not OSMHeader`);
      }
      block++;
    }
  } catch (e) {
    if (!(e instanceof ProtoError)) throw e;
    fail('pbf-corrupt', `block ${block} is corrupt: ${e.message}`);
  } finally {
    await q.close();
  }
}
