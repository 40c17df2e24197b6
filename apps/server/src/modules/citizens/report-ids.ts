import { randomBytes } from 'node:crypto';

/** RFC 4648 base32: letters and the digits 2–7, nothing to misread aloud. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A report's public id (Open311 `service_request_id`): `R-` and 8 base32 characters (40 random bits),
 * short enough to read out on the phone; the repository's unique index has the last word.
 */
export function newRequestId(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let id = '';
  for (let i = 7; i >= 0; i--) id += BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
  return `R-${id}`;
}

/** Whether text has the shape of a request id (anything else names no report). */
export const isRequestId = (text: string): boolean => /^R-[A-Z2-7]{8}$/.test(text);

/** Whether text has the shape of a reporter's token (256 random bits, base64url). */
export const isReportToken = (text: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(text);
