import { describe, expect, it } from 'vitest';
import { FALLBACK_SEARCH_CONFIG, languagesOf, SEARCH_CONFIGS, searchConfigOf } from './languages.ts';
import { practice } from './test-support/practice.ts';

describe('searchConfigOf', () => {
  it('names the stemming configuration of each language PostgreSQL ships one for', () => {
    expect(searchConfigOf('fr')).toBe('french');
    expect(searchConfigOf('de')).toBe('german');
    expect(searchConfigOf('it')).toBe('italian');
    expect(searchConfigOf('es')).toBe('spanish');
    expect(searchConfigOf('no')).toBe('norwegian');
    expect(searchConfigOf('nb')).toBe('norwegian');
    expect(searchConfigOf('el')).toBe('greek');
  });

  it('falls back to simple for the others, whatever the code', () => {
    for (const lang of ['pl', 'lv', 'sk', 'hr', 'xx', '', 'constructor', '__proto__', 'toString']) {
      expect(searchConfigOf(lang)).toBe(FALLBACK_SEARCH_CONFIG);
    }
  });

  it('holds two-letter codes and lower-case configuration names only, each a distinct language but Norwegian', () => {
    const entries = Object.entries(SEARCH_CONFIGS);
    expect(entries.length).toBe(30);
    for (const [lang, config] of entries) {
      expect(lang).toMatch(/^[a-z]{2}$/);
      expect(config).toMatch(/^[a-z]+$/);
    }
    const configs = entries.map(([, c]) => c);
    expect(new Set(configs).size).toBe(configs.length - 1);
    expect(Object.isFrozen(SEARCH_CONFIGS)).toBe(true);
  });
});

describe('languagesOf', () => {
  it('puts the language it was written in first, then the others in order, machine ones included', () => {
    // French source, English title and summary, Italian machine summary.
    expect(languagesOf(practice())).toEqual(['fr', 'en', 'it']);
  });

  it('gathers the languages of every text of the record', () => {
    const content = practice({
      lessons: { source: 'nl', texts: { nl: 'Lessen.' }, machine: { pl: 'Lekcje.' } },
      differently: { source: 'fr', texts: { fr: 'Autrement.', de: 'Anders.' } },
    });
    expect(languagesOf(content)).toEqual(['fr', 'de', 'en', 'it', 'nl', 'pl']);
  });

  it('skips empty texts but keeps the source language of the title', () => {
    const content = practice({
      title: { source: 'es', texts: { es: '', ca: '  ' } },
      summary: { source: 'es', texts: {}, machine: { en: '' } },
      problem: { source: 'fr', texts: { fr: 'Le problème.' } },
      objectives: null,
      method: null,
      results: null,
      conditions: null,
    });
    expect(languagesOf(content)).toEqual(['es', 'fr']);
  });
});
