import type { AwarenessSection } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { pageLanguages, pageSource, readingLanguage, sectionTextIn } from './pageLanguages.ts';

const section = (title: AwarenessSection['title'], body: AwarenessSection['body']): AwarenessSection => ({
  topic: 'what-to-do',
  title,
  body,
});

const FRENCH = section(
  { source: 'fr', texts: { fr: 'En cas d’attaque', en: 'In an attack' }, machine: {} },
  { source: 'fr', texts: { fr: 'Fuyez.' }, machine: { it: 'Fuggite.' } },
);

describe('the languages of a page', () => {
  it('is written in the language of its first section, or the fallback when it has none', () => {
    expect(pageSource([FRENCH], 'en')).toBe('fr');
    expect(pageSource([], 'it')).toBe('it');
  });

  it('offers the language written in first, then every translation, a person’s or a machine’s', () => {
    const other = section(
      { source: 'fr', texts: { fr: 'Alertes', es: 'Alertas' }, machine: {} },
      { source: 'fr', texts: {}, machine: {} },
    );
    expect(pageLanguages([FRENCH, other])).toEqual(['fr', 'en', 'es', 'it']);
    expect(pageLanguages([])).toEqual([]);
  });

  it('opens in the reader’s language when the page has it, else in its own', () => {
    expect(readingLanguage(['fr', 'en'], 'en', 'fr')).toBe('en');
    expect(readingLanguage(['fr', 'en'], 'es', 'fr')).toBe('fr');
  });
});

describe('the text of a section in the language chosen', () => {
  it('is a person’s text in it when there is one', () => {
    expect(sectionTextIn(FRENCH.title, 'en')).toEqual({
      text: 'In an attack',
      kind: 'human',
      language: 'en',
    });
    expect(sectionTextIn(FRENCH.body, 'fr')).toEqual({ text: 'Fuyez.', kind: 'source', language: 'fr' });
  });

  it('is the machine translation into it rather than another language', () => {
    expect(sectionTextIn(FRENCH.body, 'it')).toEqual({ text: 'Fuggite.', kind: 'machine', language: 'it' });
  });

  it('falls back on the text as written', () => {
    expect(sectionTextIn(FRENCH.body, 'en')).toEqual({ text: 'Fuyez.', kind: 'source', language: 'fr' });
  });
});
