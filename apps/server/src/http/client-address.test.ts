import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address.ts';

describe('the client address behind proxies', () => {
  const none = trustedProxies([]);
  const proxies = trustedProxies(['10.0.0.5', '172.16.0.0/12', 'fd00::/8']);

  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.4', '203.0.113.9', none)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.5', '203.0.113.9', none)).toBe('10.0.0.5');
  });

  it('is the socket address when the socket is not a trusted proxy', () => {
    expect(clientAddress('198.51.100.4', '203.0.113.9', proxies)).toBe('198.51.100.4');
  });

  it('is the right-most address not a trusted proxy; the left-most, chosen by the client, is ignored', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', proxies)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '1.2.3.4, 203.0.113.9, 172.20.0.3', proxies)).toBe('203.0.113.9');
    expect(clientAddress('fd00::1', '2001:db8::7', proxies)).toBe('2001:db8::7');
  });

  it('is the socket address when a trusted proxy sends no X-Forwarded-For, or something that is no address', () => {
    expect(clientAddress('10.0.0.5', undefined, proxies)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', 'unknown', proxies)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '203.0.113.9, garbage, 172.20.0.3', proxies)).toBe('172.20.0.3');
  });

  it('counts an IPv4 client of a dual-stack socket as its IPv4 address', () => {
    expect(clientAddress('::ffff:10.0.0.5', '::ffff:203.0.113.9', proxies)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:198.51.100.4', undefined, none)).toBe('198.51.100.4');
  });

  it('is unknown without a socket (in-process requests)', () => {
    expect(clientAddress(null, '203.0.113.9', proxies)).toBeNull();
  });
});
