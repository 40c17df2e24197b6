import { PracticeContent } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  cleanContent,
  contentLanguages,
  draftProblems,
  locationOf,
  MULTILINGUAL_FIELDS,
  newContent,
  TEXT_MAX,
  toggled,
  withSource,
  withText,
} from './contentDraft.ts';

describe('a new practice', () => {
  it('is written in the language given and passes the contract once titled', () => {
    const content = newContent('it');
    expect(content.title.source).toBe('it');
    expect(content.confidentiality).toBe('network');
    const titled = { ...content, title: withText(content.title, 'it', 'it', 'texts', 'Passeggiata sicura') };
    expect(PracticeContent.safeParse(cleanContent(titled)).success).toBe(true);
  });
});

describe('TEXT_MAX', () => {
  it('gives each text the longest the API takes', () => {
    const titled = newContent('fr');
    const withLength = (field: (typeof MULTILINGUAL_FIELDS)[number], length: number) =>
      PracticeContent.safeParse({
        ...titled,
        title: { source: 'fr', texts: { fr: 'Bornes' }, machine: {} },
        [field]: { source: 'fr', texts: { fr: 'x'.repeat(length) }, machine: {} },
      }).success;
    for (const field of MULTILINGUAL_FIELDS) {
      expect(withLength(field, TEXT_MAX[field]), field).toBe(true);
      expect(withLength(field, TEXT_MAX[field] + 1), field).toBe(false);
    }
  });
});

describe('withText', () => {
  it('sets and removes a language’s text on its side', () => {
    const m = withText(null, 'fr', 'fr', 'texts', 'Bornes');
    expect(m).toEqual({ source: 'fr', texts: { fr: 'Bornes' }, machine: {} });
    const machine = withText(m, 'fr', 'en', 'machine', 'Bollards');
    expect(machine.machine).toEqual({ en: 'Bollards' });
    expect(machine.texts).toEqual({ fr: 'Bornes' });
    expect(withText(machine, 'fr', 'en', 'machine', '').machine).toEqual({});
  });
});

describe('languages', () => {
  it('lists the source first, then every other language of any text', () => {
    const content = {
      ...newContent('fr'),
      title: { source: 'fr', texts: { fr: 'T', it: 'T' }, machine: { en: 'T' } },
      method: { source: 'fr', texts: { de: 'M' }, machine: {} },
    };
    expect(contentLanguages(content)).toEqual(['fr', 'de', 'en', 'it']);
  });

  it('changes the source language of every text', () => {
    const content = { ...newContent('fr'), summary: { source: 'fr', texts: { en: 'S' }, machine: {} } };
    const english = withSource(content, 'en');
    expect(english.title.source).toBe('en');
    expect(english.summary?.source).toBe('en');
    expect(english.problem).toBeNull();
  });
});

describe('cleanContent', () => {
  it('trims, drops empty texts, rows and languages', () => {
    const content: PracticeContent = {
      ...newContent('fr'),
      title: { source: 'fr', texts: { fr: '  Bornes  ', it: ' ' }, machine: {} },
      summary: { source: 'fr', texts: { fr: '   ' }, machine: { en: '' } },
      partners: [
        { name: ' Métropole ', role: ' financement ' },
        { name: ' ', role: 'x' },
      ],
      legal: [
        { country: 'FR', text: ' ' },
        { country: 'BE', text: 'Arrêté' },
      ],
      coOwners: ['', ' Ville de Nice '],
      restrictedTo: ['00000000-0000-4000-8000-000000000001'],
    };
    const clean = cleanContent(content);
    expect(clean.title).toEqual({ source: 'fr', texts: { fr: 'Bornes' }, machine: {} });
    expect(clean.summary).toBeNull();
    expect(clean.partners).toEqual([{ name: 'Métropole', role: 'financement' }]);
    expect(clean.legal).toEqual([{ country: 'BE', text: 'Arrêté' }]);
    expect(clean.coOwners).toEqual(['Ville de Nice']);
    expect(clean.restrictedTo).toEqual([]);
    expect(cleanContent({ ...content, confidentiality: 'restricted' }).restrictedTo).toHaveLength(1);
  });
});

describe('draftProblems', () => {
  it('asks for a title in the source language', () => {
    expect(draftProblems(newContent('fr'))).toEqual(['title']);
    const other = { ...newContent('fr'), title: { source: 'fr', texts: { en: 'Bollards' }, machine: {} } };
    expect(draftProblems(other)).toEqual(['title']);
  });

  it('refuses an end before the start and a restricted practice shared with nobody', () => {
    const content = {
      ...newContent('fr'),
      title: { source: 'fr', texts: { fr: 'Bornes' }, machine: {} },
      startedOn: '2017-06-01',
      endedOn: '2016-07-14',
      confidentiality: 'restricted' as const,
    };
    expect(draftProblems(content)).toEqual(['dates', 'restricted']);
    expect(draftProblems({ ...content, endedOn: '2018-01-01', confidentiality: 'public' })).toEqual([]);
  });
});

describe('toggled', () => {
  it('keeps the order of the options', () => {
    const options = ['a', 'b', 'c'] as const;
    expect(toggled(options, ['c'], 'a', true)).toEqual(['a', 'c']);
    expect(toggled(options, ['a', 'c'], 'a', false)).toEqual(['c']);
  });
});

describe('locationOf', () => {
  it('reads a place, nothing, or a mistake', () => {
    expect(locationOf('7.262', '43.695')).toEqual([7.262, 43.695]);
    expect(locationOf(' -3,7038 ', '40,4168')).toEqual([-3.7038, 40.4168]);
    expect(locationOf(' ', '')).toBeNull();
    expect(locationOf('7.2', '')).toBe('invalid');
    expect(locationOf('200', '43')).toBe('invalid');
    expect(locationOf('abc', '43')).toBe('invalid');
  });
});
