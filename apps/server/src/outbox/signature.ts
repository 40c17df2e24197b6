import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new webhook secret: 32 random bytes, with a prefix that makes it recognisable in a receiver's settings. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The `pactesur-signature` header of a delivery: `v1=` and the hex HMAC-SHA256 of `"<timestamp>.<body>"`
 * keyed with the webhook's secret (its UTF-8 bytes). The timestamp is signed so a captured request cannot be
 * replayed later with a new one.
 *
 * @example
 * signDelivery('whsec_…', '1735689600', '{"id":"…"}') // 'v1=5d41…'
 */
export function signDelivery(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does with a delivery: true when one of the header's `v1=` signatures matches, compared in
 * constant time, and the timestamp is within `toleranceS` of `nowS`.
 */
export function verifyDelivery(
  secret: string,
  header: string,
  timestamp: string,
  body: string,
  options: { readonly nowS?: number; readonly toleranceS?: number } = {},
): boolean {
  const nowS = options.nowS ?? Math.floor(Date.now() / 1000);
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(nowS - seconds) > (options.toleranceS ?? 300)) return false;
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  return header
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}
