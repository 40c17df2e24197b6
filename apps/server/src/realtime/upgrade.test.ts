import { describe, expect, it } from 'vitest';
import { sameOrigin } from './upgrade.ts';

describe('the origin check of the realtime handshake', () => {
  it('accepts the host the request was sent to, on any scheme (a proxy may end TLS)', () => {
    expect(sameOrigin('http://127.0.0.1:8080', '127.0.0.1:8080', null)).toBe(true);
    expect(sameOrigin('https://pactesur.example.org', 'pactesur.example.org', null)).toBe(true);
  });

  it('accepts the public URL, and only its exact origin', () => {
    const publicUrl = 'https://pactesur.example.org/app';
    expect(sameOrigin('https://pactesur.example.org', 'internal:8080', publicUrl)).toBe(true);
    expect(sameOrigin('http://pactesur.example.org', 'internal:8080', publicUrl)).toBe(false);
    expect(sameOrigin('https://pactesur.example.org.evil.example', 'internal:8080', publicUrl)).toBe(false);
  });

  it('refuses another site, a missing origin, "null" and garbage', () => {
    expect(sameOrigin('https://evil.example', '127.0.0.1:8080', null)).toBe(false);
    expect(sameOrigin('http://127.0.0.1:8081', '127.0.0.1:8080', null)).toBe(false);
    expect(sameOrigin(undefined, '127.0.0.1:8080', null)).toBe(false);
    expect(sameOrigin('null', '127.0.0.1:8080', null)).toBe(false);
    expect(sameOrigin('::::', undefined, null)).toBe(false);
  });
});
