/** The name cut to letters, digits, `_` and `-` (runs of anything else become one `-`), at most 60 characters. */
const slug = (text: string, other: RegExp): string =>
  Array.from(text.replace(other, '-').replace(/^-+|-+$/g, ''))
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');

/** RFC 5987's `attr-char` leaves only these unencoded; `encodeURIComponent` would also keep `'()*!`. */
const encodeValue = (text: string): string =>
  encodeURIComponent(text).replace(/['()*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` of a download named after a record (`Place du Palais — cars` → `Place-du-Palais-cars.pdf`).
 * Only letters, digits, `_` and `-` are kept from `name`, so no quote, line break or path can reach the header.
 * `filename` is ASCII (accents dropped) for every client; when the name has other letters, RFC 6266's
 * `filename*=UTF-8''…` carries them, which browsers prefer.
 */
export function attachmentDisposition(name: string, ext: string, fallback: string): string {
  const ascii = slug(name.normalize('NFD').replace(/\p{M}+/gu, ''), /[^A-Za-z0-9_-]+/g) || fallback;
  const unicode = slug(name.normalize('NFC'), /[^\p{L}\p{N}_-]+/gu) || fallback;
  const plain = `attachment; filename="${ascii}.${ext}"`;
  return unicode === ascii ? plain : `${plain}; filename*=UTF-8''${encodeValue(`${unicode}.${ext}`)}`;
}
