import { describe, expect, it } from 'vitest';
import { sameOrigin } from './same-origin.ts';

describe('the origin check of the API and the realtime handshake', () => {
  it('accepts the address the request came to, scheme, host and port alike', () => {
    expect(sameOrigin('http://127.0.0.1:8080', 'http://127.0.0.1:8080/api/realtime', null)).toBe(true);
    expect(sameOrigin('https://127.0.0.1:8080', 'http://127.0.0.1:8080/api/realtime', null)).toBe(false);
    expect(sameOrigin('http://127.0.0.1:8081', 'http://127.0.0.1:8080/api/realtime', null)).toBe(false);
  });

  it('accepts only the public URL’s exact origin when it is set, whatever the request came to', () => {
    const publicUrl = 'https://pactesur.example.org/app';
    expect(sameOrigin('https://pactesur.example.org', 'http://internal:8080/api', publicUrl)).toBe(true);
    expect(sameOrigin('http://pactesur.example.org', 'http://internal:8080/api', publicUrl)).toBe(false);
    expect(sameOrigin('http://internal:8080', 'http://internal:8080/api', publicUrl)).toBe(false);
    expect(sameOrigin('https://pactesur.example.org.evil.example', 'http://internal:8080/api', publicUrl)).toBe(false);
    expect(sameOrigin('https://pactesur.example.org', null, publicUrl)).toBe(true);
  });

  it('refuses another site, a missing origin, "null", garbage, and a request of unknown address', () => {
    const url = 'http://127.0.0.1:8080/api';
    expect(sameOrigin('https://evil.example', url, null)).toBe(false);
    expect(sameOrigin(undefined, url, null)).toBe(false);
    expect(sameOrigin('', url, null)).toBe(false);
    expect(sameOrigin('null', url, null)).toBe(false);
    expect(sameOrigin('::::', url, null)).toBe(false);
    expect(sameOrigin('http://127.0.0.1:8080', null, null)).toBe(false);
  });
});
