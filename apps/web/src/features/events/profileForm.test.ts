import { describe, expect, it } from 'vitest';
import { PROFILE_CONSTANTS, profileBody, profileDraft } from './profileForm.ts';
import { testProfile } from './testProfile.ts';

const greenGuide = testProfile;

describe('the form of a profile', () => {
  it('holds every constant of the contract, in order, as typed', () => {
    expect(PROFILE_CONSTANTS).toHaveLength(9);
    expect(PROFILE_CONSTANTS[0]).toBe('planningDensity');
    const draft = profileDraft(greenGuide, { name: 'France', country: 'fr' });
    expect(draft.values.minExitWidthM).toBe('1.05');
    expect(draft.sources.planningDensity).toBe('UK HSG195');
    expect(draft.sources.flowStairs).toBe('');
    expect(draft.name).toBe('France');
  });

  it('sends numbers typed with a comma or a point, the country in capitals, sources given only', () => {
    const draft = profileDraft(greenGuide, { name: 'France — préfecture', country: 'fr' });
    const made = profileBody({
      ...draft,
      values: { ...draft.values, flowLevel: '72,5' },
      sources: { ...draft.sources, flowLevel: '  Préfecture des Alpes-Maritimes ' },
    });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.body.country).toBe('FR');
    expect(made.body.constants.flowLevel).toBe(72.5);
    expect(made.body.sources).toEqual({
      planningDensity: 'UK HSG195',
      flowLevel: 'Préfecture des Alpes-Maritimes',
    });
  });

  it('names the fields the contract refuses', () => {
    const draft = profileDraft(greenGuide);
    const made = profileBody({
      ...draft,
      name: ' ',
      values: { ...draft.values, flowStairs: '', egressMinutes: '-1' },
    });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems.map((p) => p.path).sort()).toEqual([
      'constants.egressMinutes',
      'constants.flowStairs',
      'name',
    ]);
  });
});
