import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPublicAddress, parseWebhookUrl } from './url-safety.ts';

describe('webhook address safety', () => {
  it('tells public addresses from private, loopback, link-local and reserved ones', () => {
    for (const a of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of [
      '127.0.0.1', '127.9.9.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '0.0.0.0', '224.0.0.1', '255.255.255.255', '192.0.2.10', '::1', '::', 'fd00::1', 'fe80::1', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', 'not-an-address',
    ])
      expect(isPublicAddress(a), a).toBe(false);
  });

  it('accepts http: and https: URLs without credentials only', () => {
    expect(parseWebhookUrl('https://hooks.example.org/pactesur')).toBeInstanceOf(URL);
    expect(parseWebhookUrl('http://[2606:4700:4700::1111]:8080/x')).toBeInstanceOf(URL);
    for (const raw of ['ftp://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org/', 'https://user@example.org/', 'no url'])
      expect(parseWebhookUrl(raw), raw).toMatchObject({ kind: 'invalid' });
  });

  it('refuses hosts that are or resolve to private addresses unless allowed', async () => {
    for (const raw of ['http://127.0.0.1:8080/', 'http://localhost/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data', 'http://2130706433/', 'http://[::ffff:10.0.0.1]/'])
      expect(await checkWebhookUrl(raw, false), raw).toMatchObject({ kind: 'private' });
    expect(await checkWebhookUrl('http://127.0.0.1:8080/', true)).toBeInstanceOf(URL);
    expect(await checkWebhookUrl('https://93.184.215.14/hook', false)).toBeInstanceOf(URL);
    expect(await checkWebhookUrl('https://no-such-host.invalid/', false)).toMatchObject({ kind: 'unresolvable' });
  });
});
