import { describe, expect, it } from 'vitest';
import { containsHtmlEntities, containsHtmlTags } from './html.ts';

describe('HTML in text', () => {
  it.each([
    'Take <b>cover</b>',
    'line<br/>break',
    'line<BR>break',
    '<p class="x">Evacuate</p>',
    '<a href="http://x">site</a>',
    'x</div>',
  ])('finds the tags of %j', (text) => {
    expect(containsHtmlTags(text)).toBe(true);
  });

  it.each([
    'wind <50 km/h, gusts >80',
    'a < b and c > d',
    'x<y and z>w',
    '<> <<>>',
    'Temperature<30',
    'use the <exit> nearest',
    '',
  ])('takes %j for plain text', (text) => {
    expect(containsHtmlTags(text)).toBe(false);
  });

  it('finds entities left after decoding, not a bare ampersand', () => {
    expect(containsHtmlEntities('Rock&amp;Roll')).toBe(true);
    expect(containsHtmlEntities('caf&#233;')).toBe(true);
    expect(containsHtmlEntities('&#x1F600;')).toBe(true);
    expect(containsHtmlEntities('Fish & Chips')).toBe(false);
    expect(containsHtmlEntities('AT&T;')).toBe(false);
    expect(containsHtmlEntities('&;')).toBe(false);
  });
});
