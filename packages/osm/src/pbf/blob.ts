import { inflateSync } from 'node:zlib';
import { ProtoCursor, ProtoError } from './proto-cursor.ts';
import { utf8 } from './utf8.ts';

/** Largest BlobHeader and Blob the format allows (OSM PBF spec: 64 KiB and 32 MiB). */
export const MAX_HEADER_BYTES = 64 * 1024;
export const MAX_BLOB_BYTES = 32 * 1024 * 1024;

/** A `BlobHeader`: the block type and the size of the `Blob` that follows. */
export interface BlobHeader {
  readonly type: string;
  readonly dataSize: number;
}

/**
 * Decodes a `BlobHeader` message.
 *
 * @example
 * decodeBlobHeader(bytes); // { type: 'OSMData', dataSize: 73412 }
 */
export function decodeBlobHeader(bytes: Uint8Array): BlobHeader {
  const c = new ProtoCursor(bytes);
  let type = '';
  let dataSize = -1;
  while (!c.done) {
    const key = c.varint();
    if (key === 10) type = utf8(c.bytes());
    else if (key === 24) dataSize = c.varint();
    else c.skip(key & 7);
  }
  if (type === '' || dataSize < 0) throw new ProtoError('BlobHeader without type or datasize');
  return { type, dataSize };
}

/** The outcome of unpacking a `Blob`: its bytes, or why they cannot be had. */
export type BlobContent =
  { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly unsupported: string };

/**
 * Unpacks a `Blob`: raw or zlib (inflated with node's zlib, output capped at the declared raw size);
 * LZMA, LZ4, ZSTD and bzip2 are reported as unsupported. Throws {@link ProtoError} on corrupt data.
 *
 * @example
 * const r = decodeBlob(blobBytes);
 * if (r.ok) decodePrimitiveBlock(r.data, builder);
 */
export function decodeBlob(bytes: Uint8Array): BlobContent {
  const c = new ProtoCursor(bytes);
  let raw: Uint8Array | null = null;
  let zlib: Uint8Array | null = null;
  let rawSize = -1;
  let other = '';
  while (!c.done) {
    const key = c.varint();
    const field = key >>> 3;
    if (key === 10) raw = c.bytes();
    else if (key === 16) rawSize = c.varint();
    else if (key === 26) zlib = c.bytes();
    else if (field >= 4 && field <= 7 && (key & 7) === 2) {
      other = ['lzma', 'bzip2', 'lz4', 'zstd'][field - 4] ?? 'unknown';
      c.skip(2);
    } else c.skip(key & 7);
  }
  if (raw) return { ok: true, data: raw };
  if (zlib) {
    if (rawSize < 0 || rawSize > MAX_BLOB_BYTES) throw new ProtoError(`zlib blob with raw size ${rawSize}`);
    let data: Buffer;
    try {
      data = inflateSync(zlib, { maxOutputLength: Math.max(rawSize, 1) });
    } catch (e) {
      throw new ProtoError(`zlib data does not inflate: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (data.length !== rawSize)
      throw new ProtoError(`inflated ${data.length} bytes, header says ${rawSize}`);
    return { ok: true, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  }
  return { ok: false, unsupported: other || 'empty' };
}
