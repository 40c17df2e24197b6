import { describe, expect, it } from 'vitest';
import { sessionKeyOf } from './sessionKey.ts';

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

describe('sessionKeyOf', () => {
  it('writes the title as a key: lower case, no accents, words joined by "-"', () => {
    expect(sessionKeyOf('Séance 2 : exercice sur table', 1, [])).toBe('seance-2-exercice-sur-table');
    expect(sessionKeyOf('  Site visit, Promenade des Anglais ', 0, [])).toBe(
      'site-visit-promenade-des-anglais',
    );
  });

  it('falls back on the session’s place in the course when the title gives no key', () => {
    expect(sessionKeyOf('', 0, [])).toBe('session-1');
    expect(sessionKeyOf('Συνάντηση', 2, [])).toBe('session-3');
  });

  it('never gives a key another session has', () => {
    expect(sessionKeyOf('Site visit', 1, ['site-visit'])).toBe('site-visit-2');
    expect(sessionKeyOf('Site visit', 2, ['site-visit', 'site-visit-2'])).toBe('site-visit-3');
    expect(sessionKeyOf('', 0, ['session-1'])).toBe('session-1-2');
  });

  it('keeps a long title’s key within 40 characters, its number included', () => {
    const title = 'Crowd management during the Carnival parade on the Place Masséna';
    const first = sessionKeyOf(title, 0, []);
    expect(first.length).toBeLessThanOrEqual(40);
    const second = sessionKeyOf(title, 1, [first]);
    expect(second).toMatch(KEY);
    expect(second.endsWith('-2')).toBe(true);
    expect(second).not.toBe(first);
  });
});
