/** What the first bytes of an input say it is. */
export type SniffedFormat = 'xml' | 'pbf' | 'gzip' | 'bzip2' | 'empty' | 'unknown';

/**
 * Guesses the format from the first bytes (16 are enough): an XML declaration or tag, a PBF BlobHeader
 * ("OSMHeader"/"OSMData"), or a compressed wrapper.
 *
 * @example
 * sniffFormat(new TextEncoder().encode('<?xml version="1.0"?><osm>')); // 'xml'
 */
export function sniffFormat(head: Uint8Array): SniffedFormat {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'bzip2';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
    i++;
  if (i === head.length) return 'empty';
  if (head[i] === 0x3c) return 'xml';
  if (head.length >= 8 && head[0] === 0 && head[4] === 0x0a) {
    const n = head[5] as number;
    const type = String.fromCharCode(...head.subarray(6, 6 + n));
    if ('OSMHeader'.startsWith(type) || 'OSMData'.startsWith(type)) return 'pbf';
  }
  return 'unknown';
}
