const decoder = new TextDecoder('utf-8');

/**
 * Decodes a UTF-8 string; short ASCII strings (most OSM keys and values) skip the TextDecoder call.
 *
 * @example
 * utf8(new Uint8Array([104, 105])); // 'hi'
 */
export function utf8(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n < 32) {
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if ((bytes[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return decoder.decode(bytes);
}
