import { CATEGORY_POLICIES, ReportCategory } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { mayHideName, offeredCategories } from './categoryOffer.ts';

/** What the API answers at a point of central Nice in the demo: the city's and its police's categories. */
const AT_NICE = ReportCategory.options.map((category) => ({
  category,
  orgName: ['lighting-fault', 'damaged-barrier', 'other', 'event-safety'].includes(category)
    ? 'Ville de Nice'
    : 'Police municipale de Nice',
}));

describe('the categories offered at a place', () => {
  it('offers every category some organisation takes there, in the platform’s order, each with its organisation and policy', () => {
    const offers = offeredCategories([...AT_NICE].reverse());
    expect(offers.map((o) => o.category)).toEqual(ReportCategory.options);
    const item = offers.find((o) => o.category === 'unattended-item');
    expect(item).toEqual({
      category: 'unattended-item',
      orgName: 'Police municipale de Nice',
      policy: CATEGORY_POLICIES['unattended-item'],
    });
    expect(offers.find((o) => o.category === 'lighting-fault')?.orgName).toBe('Ville de Nice');
  });

  it('leaves out the categories nobody takes there, and any category the web does not know', () => {
    const offers = offeredCategories([
      { category: 'crowding', orgName: null },
      { category: 'other', orgName: 'Ville de Nice' },
      { category: 'graffiti', orgName: 'Ville de Nice' },
      { category: 'lighting-fault', orgName: '  ' },
    ]);
    expect(offers.map((o) => o.category)).toEqual(['other']);
  });

  it('offers nothing where no organisation takes reports', () => {
    expect(
      offeredCategories(ReportCategory.options.map((category) => ({ category, orgName: null }))),
    ).toEqual([]);
    expect(offeredCategories([])).toEqual([]);
  });

  it('lets the reporter hide their name only where the category allows it', () => {
    expect(mayHideName('unattended-item')).toBe(true);
    expect(mayHideName('suspicious-vehicle')).toBe(false);
    for (const c of ReportCategory.options) expect(mayHideName(c)).toBe(CATEGORY_POLICIES[c].anonymous);
  });
});
