/**
 * The GSM 7-bit default alphabet of 3GPP TS 23.038 (§6.2.1), in code order, and its extension table
 * (§6.2.1.1), whose characters are sent as an escape and a code: two septets each. ESC (0x1B) itself is
 * left out: text holding it cannot be sent as written.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞ' +
  /* 0x1B ESC */ 'ÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmnopqrstuvwxyzäöñüà';

const EXTENSION = '\f^{}\\[~]|€';

export const GSM7_BASIC: ReadonlySet<string> = new Set(BASIC);
export const GSM7_EXTENSION: ReadonlySet<string> = new Set(EXTENSION);

/** Septets a character takes in GSM-7: 1, 2 for the extension table, 0 when GSM-7 cannot send it. */
export function gsm7Septets(char: string): 0 | 1 | 2 {
  if (GSM7_BASIC.has(char)) return 1;
  if (GSM7_EXTENSION.has(char)) return 2;
  return 0;
}
