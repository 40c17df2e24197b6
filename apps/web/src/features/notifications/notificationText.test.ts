import { LOCALES, type Locale, type NotificationSubject } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { notificationPath, notificationText } from './notificationText.ts';

const PRACTICE = '0a1b2c3d-0000-4000-8000-000000000001';
const SEARCH = '0a1b2c3d-0000-4000-8000-000000000002';
const CALL = '0a1b2c3d-0000-4000-8000-000000000003';

const tIn =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(DICTIONARIES[locale], key, params);

/** Written in French, translated into English by a person, with a machine translation into Spanish. */
const title = {
  source: 'fr',
  texts: { fr: 'Terminaux profonds sur la Promenade', en: 'Deep terminals on the Promenade' },
  machine: { es: 'Terminales profundos en el Paseo' },
};

const match: NotificationSubject = {
  kind: 'practice-match',
  practiceId: PRACTICE,
  title,
  searchId: SEARCH,
  searchName: 'Barriers',
};
const step = (
  action: 'submitted' | 'returned' | 'published' | 'unpublished',
  note = '',
): NotificationSubject => ({
  kind: 'practice-step',
  practiceId: PRACTICE,
  title,
  action,
  byOrgName: action === 'submitted' ? 'Ville de Nice' : 'Efus',
  note,
});
const decided = (selected: boolean): NotificationSubject => ({
  kind: 'call-decided',
  networkSlug: 'pactesur-2',
  callId: CALL,
  callTitle: 'Safer beaches 2027',
  selected,
});

/** One subject of every kind and every wording. */
const EVERY: readonly NotificationSubject[] = [
  match,
  step('submitted'),
  step('returned'),
  step('returned', 'Say who holds the gap.'),
  step('published'),
  step('unpublished'),
  step('unpublished', 'Out of date.'),
  decided(true),
  decided(false),
];

describe('the sentence of a notification', () => {
  it('words every kind in English, with the title in English', () => {
    const t = tIn('en');
    expect(EVERY.map((s) => notificationText(t, 'en', s))).toEqual([
      'New practice for your search “Barriers”: Deep terminals on the Promenade',
      'Ville de Nice submitted the practice “Deep terminals on the Promenade” for review',
      'Efus returned your practice “Deep terminals on the Promenade”',
      'Efus returned your practice “Deep terminals on the Promenade”: Say who holds the gap.',
      'Your practice “Deep terminals on the Promenade” was published by Efus',
      'Efus withdrew your practice “Deep terminals on the Promenade” from publication',
      'Efus withdrew your practice “Deep terminals on the Promenade” from publication: Out of date.',
      'Your application to “Safer beaches 2027” was selected',
      'Your application to “Safer beaches 2027” was not selected',
    ]);
  });

  it('words them in French, with the title as written in French', () => {
    const t = tIn('fr');
    expect(notificationText(t, 'fr', match)).toBe(
      'Nouvelle pratique pour votre recherche « Barriers » : Terminaux profonds sur la Promenade',
    );
    expect(notificationText(t, 'fr', step('published'))).toBe(
      'Votre pratique « Terminaux profonds sur la Promenade » a été publiée par Efus',
    );
    expect(notificationText(t, 'fr', step('returned', 'Précisez qui tient le passage.'))).toBe(
      'Efus a renvoyé votre pratique « Terminaux profonds sur la Promenade » : Précisez qui tient le passage.',
    );
    expect(notificationText(t, 'fr', decided(false))).toBe(
      'Votre candidature à « Safer beaches 2027 » n’a pas été retenue',
    );
  });

  it('shows a Spanish reader the text as written before a machine translation, and an Italian one too', () => {
    expect(notificationText(tIn('es'), 'es', match)).toBe(
      'Nueva práctica para su búsqueda «Barriers»: Terminaux profonds sur la Promenade',
    );
    expect(notificationText(tIn('it'), 'it', step('published'))).toBe(
      'La sua pratica «Terminaux profonds sur la Promenade» è stata pubblicata da Efus',
    );
  });

  it('says a title is missing rather than leaving the quotes empty', () => {
    const untitled = { ...match, title: { source: 'fr', texts: {}, machine: {} } };
    expect(notificationText(tIn('en'), 'en', untitled)).toBe(
      'New practice for your search “Barriers”: untitled',
    );
  });

  it('leaves a blank note out of the sentence', () => {
    const t = tIn('en');
    expect(notificationText(t, 'en', step('returned', '  '))).toBe(
      notificationText(t, 'en', step('returned')),
    );
  });

  for (const locale of LOCALES) {
    it(`words every kind in ${locale}: a sentence of its own, every fact in it, no placeholder left`, () => {
      const t = tIn(locale);
      const sentences = EVERY.map((s) => notificationText(t, locale, s));
      expect(new Set(sentences).size).toBe(EVERY.length);
      for (const [i, sentence] of sentences.entries()) {
        expect(sentence).not.toMatch(/\{\w+\}/);
        const subject = EVERY[i];
        if (subject?.kind === 'practice-match') expect(sentence).toContain('Barriers');
        if (subject?.kind === 'practice-step') {
          expect(sentence).toContain(subject.byOrgName);
          expect(sentence).toContain(subject.note.trim());
        }
        if (subject?.kind === 'call-decided') expect(sentence).toContain('Safer beaches 2027');
        if (subject?.kind !== 'call-decided')
          expect(sentence).toContain(
            locale === 'en' ? 'Deep terminals on the Promenade' : 'Terminaux profonds',
          );
      }
    });
  }
});

describe('the record a notification opens', () => {
  it('is the practice, or the call of its network', () => {
    expect(notificationPath(match)).toBe(`/practices/${PRACTICE}`);
    expect(notificationPath(step('returned'))).toBe(`/practices/${PRACTICE}`);
    expect(notificationPath(decided(true))).toBe(`/networks/pactesur-2/calls/${CALL}`);
  });
});
