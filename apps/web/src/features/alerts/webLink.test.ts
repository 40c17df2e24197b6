import { describe, expect, it } from 'vitest';
import { webLink } from './webLink.ts';

describe('the web page of an alert as a link', () => {
  it('links http and https addresses only', () => {
    expect(webLink('https://www.nice.fr/alertes')).toBe('https://www.nice.fr/alertes');
    expect(webLink('http://nice.fr')).toBe('http://nice.fr/');
    for (const web of [null, '', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'ftp://nice.fr', 'not a url'])
      expect(webLink(web), String(web)).toBeNull();
  });
});
