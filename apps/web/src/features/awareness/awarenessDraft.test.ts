import { MAX_NAME_LENGTH, SaveAwareness, type AwarenessSection } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  BODY_MAX,
  draftLanguages,
  draftOf,
  draftProblems,
  MAX_SECTIONS,
  saveOf,
  withDraftSource,
  withLanguage,
  withNewSection,
  withoutSection,
  withSectionChanged,
  withSectionMoved,
  type AwarenessDraft,
} from './awarenessDraft.ts';

const SECTION: AwarenessSection = {
  topic: 'contacts',
  title: { source: 'fr', texts: { fr: 'Numéros utiles', en: 'Useful numbers' }, machine: {} },
  body: { source: 'fr', texts: { fr: 'Police : 17' }, machine: { it: 'Polizia: 17' } },
};

const titles = (draft: AwarenessDraft): string[] => draft.sections.map((s) => s.title.texts.fr ?? '');

/** A draft in French with sections titled as given. */
function draftWith(...names: string[]): AwarenessDraft {
  let draft = draftOf({ sections: [], published: false }, 'fr');
  for (const name of names) {
    draft = withNewSection(draft);
    const last = draft.sections.at(-1);
    if (last) draft = withSectionChanged(draft, last.key, { title: { ...last.title, texts: { fr: name } } });
  }
  return draft;
}

describe('the draft of an awareness page', () => {
  it('starts from the page, in the language of its sections, or the city’s for a page never written', () => {
    const draft = draftOf({ sections: [SECTION], published: true }, 'en');
    expect(draft).toMatchObject({ source: 'fr', published: true, added: [] });
    expect(draft.sections).toEqual([{ key: 0, ...SECTION }]);
    expect(draftOf({ sections: [], published: false }, 'it').source).toBe('it');
  });

  it('has a tab for the language written in, each translation, and each one opened', () => {
    const draft = withLanguage(
      withLanguage(draftOf({ sections: [SECTION], published: false }, 'fr'), 'es'),
      'es',
    );
    expect(draftLanguages(draft)).toEqual(['fr', 'en', 'it', 'es']);
  });

  it('adds sections on the topics not covered yet, up to the most the API takes', () => {
    let draft = draftWith('a', 'b');
    expect(draft.sections.map((s) => s.topic)).toEqual(['what-to-do', 'alerts']);
    for (let i = 0; i < MAX_SECTIONS + 3; i++) draft = withNewSection(draft);
    expect(draft.sections).toHaveLength(MAX_SECTIONS);
    expect(draft.sections.at(-1)?.topic).toBe('other');
    expect(new Set(draft.sections.map((s) => s.key)).size).toBe(MAX_SECTIONS);
  });

  it('moves a section up or down, not past an end, and removes one', () => {
    const draft = draftWith('a', 'b', 'c');
    const [a, b, c] = draft.sections.map((s) => s.key);
    expect(titles(withSectionMoved(draft, c ?? -1, -1))).toEqual(['a', 'c', 'b']);
    expect(titles(withSectionMoved(draft, a ?? -1, 1))).toEqual(['b', 'a', 'c']);
    expect(withSectionMoved(draft, a ?? -1, -1)).toBe(draft);
    expect(withSectionMoved(draft, c ?? -1, 1)).toBe(draft);
    expect(titles(withoutSection(draft, b ?? -1))).toEqual(['a', 'c']);
  });

  it('changes the language written in of every text', () => {
    const draft = withDraftSource(draftOf({ sections: [SECTION], published: false }, 'fr'), 'en');
    expect(draft.source).toBe('en');
    expect(draft.sections[0]?.title.source).toBe('en');
    expect(draft.sections[0]?.body.source).toBe('en');
  });

  it('names each section without a title or a text in the language written in', () => {
    let draft = draftWith('a', '  ');
    const first = draft.sections[0];
    if (first)
      draft = withSectionChanged(draft, first.key, {
        body: { ...first.body, texts: { fr: 'Texte', en: 'Text' } },
      });
    expect(draftProblems(draft)).toEqual([
      { n: 2, problem: 'title' },
      { n: 2, problem: 'body' },
    ]);
  });

  it('saves the sections in their order, trimmed, without empty languages, as the API takes them', () => {
    let draft = draftWith('  Alertes  ');
    const first = draft.sections[0];
    if (first)
      draft = withSectionChanged(draft, first.key, {
        topic: 'alerts',
        body: { source: 'fr', texts: { fr: ' Sirènes. ', en: '   ' }, machine: { es: 'Sirenas.' } },
      });
    const saved = saveOf({ ...draft, published: true });
    expect(saved).toEqual({
      published: true,
      sections: [
        {
          topic: 'alerts',
          title: { source: 'fr', texts: { fr: 'Alertes' }, machine: {} },
          body: { source: 'fr', texts: { fr: 'Sirènes.' }, machine: { es: 'Sirenas.' } },
        },
      ],
    });
    expect(SaveAwareness.safeParse(saved).success).toBe(true);
  });

  it('keeps to the limits of the API', () => {
    const long = (n: number) => ({ source: 'fr', texts: { fr: 'x'.repeat(n) }, machine: {} });
    const page = (count: number, title: number, body: number) => ({
      published: false,
      sections: Array.from({ length: count }, () => ({
        topic: 'other',
        title: long(title),
        body: long(body),
      })),
    });
    expect(SaveAwareness.safeParse(page(MAX_SECTIONS, MAX_NAME_LENGTH, BODY_MAX)).success).toBe(true);
    expect(SaveAwareness.safeParse(page(MAX_SECTIONS + 1, 1, 1)).success).toBe(false);
    expect(SaveAwareness.safeParse(page(1, 1, BODY_MAX + 1)).success).toBe(false);
  });
});
