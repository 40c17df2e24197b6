import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../router/routes.ts';
import { trackingLink } from './trackingLink.ts';

describe('the link to follow a report', () => {
  it('is the follow-up page of its token, on the page’s own origin', () => {
    expect(trackingLink('https://pactesur.example.org', 'Ab3_x-9')).toBe(
      'https://pactesur.example.org/report/track/Ab3_x-9',
    );
  });

  it('encodes the token, and the page reads it back', () => {
    const link = trackingLink('http://127.0.0.1:8080', 'a/b?c');
    expect(link).toBe('http://127.0.0.1:8080/report/track/a%2Fb%3Fc');
    expect(parseRoute(new URL(link).pathname)).toEqual({ name: 'report-track', token: 'a/b?c' });
  });
});
