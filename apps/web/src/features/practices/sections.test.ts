import { describe, expect, it } from 'vitest';
import { newContent } from './contentDraft.ts';
import { SECTIONS, sectionFilled } from './sections.ts';

const text = (t: string) => ({ source: 'fr', texts: { fr: t }, machine: {} });

describe('sectionFilled', () => {
  it('finds the parts of a new practice empty but its identity and evidence', () => {
    const empty = newContent('fr');
    expect(SECTIONS.filter((s) => sectionFilled(empty, s))).toEqual(['identity', 'evidence']);
  });

  it('finds a part filled by any of its texts, lists or lines', () => {
    const c = newContent('fr');
    expect(sectionFilled({ ...c, context: text('Front de mer') }, 'problem')).toBe(true);
    expect(sectionFilled({ ...c, placeTypes: ['promenade'] }, 'problem')).toBe(true);
    expect(sectionFilled({ ...c, problem: text('  ') }, 'problem')).toBe(false);
    expect(sectionFilled({ ...c, audience: 'Commerçants' }, 'intervention')).toBe(true);
    expect(sectionFilled({ ...c, costBand: '100k-1m' }, 'resources')).toBe(true);
    expect(sectionFilled({ ...c, legal: [{ country: 'FR', text: 'Arrêté municipal' }] }, 'transfer')).toBe(
      true,
    );
    expect(
      sectionFilled(
        { ...c, links: { ...c.links, practiceIds: ['00000000-0000-4000-8000-000000000001'] } },
        'links',
      ),
    ).toBe(true);
  });
});
