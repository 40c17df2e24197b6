import { randomInt } from 'node:crypto';

/** Letters and digits a person reads back without confusing them (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A certificate's code, printed on it and checked at the public address: 12 characters, about 59 bits, in groups of four. */
export function certificateCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** A code as typed: upper-cased, spaces removed; null when it cannot be one. */
export function readCertificateCode(typed: string): string | null {
  const code = typed.trim().toUpperCase().replace(/\s+/g, '');
  return /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/.test(code) ? code : null;
}
