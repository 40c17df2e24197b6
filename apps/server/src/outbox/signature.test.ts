import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signDelivery, verifyDelivery } from './signature.ts';

describe('delivery signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"1","event":"webhook.ping"}';

  it('are the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signDelivery(secret, '1700000000', body)).toBe(`v1=${expected}`);
  });

  it('verify with the right secret, body and a fresh timestamp only', () => {
    const header = signDelivery(secret, '1700000000', body);
    const at = { nowS: 1_700_000_060 };
    expect(verifyDelivery(secret, header, '1700000000', body, at)).toBe(true);
    expect(verifyDelivery(secret, `v1=00, ${header}`, '1700000000', body, at)).toBe(true);
    expect(verifyDelivery('whsec_other', header, '1700000000', body, at)).toBe(false);
    expect(verifyDelivery(secret, header, '1700000000', body.replace('ping', 'pong'), at)).toBe(false);
    expect(verifyDelivery(secret, header, '1700000001', body, at)).toBe(false);
    expect(verifyDelivery(secret, header, '1700000000', body, { nowS: 1_700_001_000 })).toBe(false);
  });

  it('secrets are random and recognisable', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
