import { describe, expect, it } from 'vitest';
import { rankApplications, scoreText, selectionFit } from './ranking.ts';

describe('rankApplications', () => {
  it('puts the best score first, those not reviewed last, equal scores by name', () => {
    const ranked = rankApplications([
      { orgName: 'Riga', score: null },
      { orgName: 'München', score: 3.5 },
      { orgName: 'Bologna', score: 4.2 },
      { orgName: 'Athens', score: 3.5 },
      { orgName: 'Aarhus', score: null },
      { orgName: 'Tallinn', score: 0 },
    ]);
    expect(ranked.map((a) => a.orgName)).toEqual([
      'Bologna',
      'Athens',
      'München',
      'Tallinn',
      'Aarhus',
      'Riga',
    ]);
  });

  it('does not change the list it is given', () => {
    const list = [
      { orgName: 'B', score: 1 },
      { orgName: 'A', score: 2 },
    ];
    rankApplications(list);
    expect(list.map((a) => a.orgName)).toEqual(['B', 'A']);
  });
});

describe('selectionFit', () => {
  it('says when nothing is selected, when it fits the places, and when it is more', () => {
    expect(selectionFit(0, 2)).toBe('none');
    expect(selectionFit(1, 2)).toBe('within');
    expect(selectionFit(2, 2)).toBe('within');
    expect(selectionFit(3, 2)).toBe('over');
  });
});

describe('scoreText', () => {
  it('writes a score with one decimal, as the reader writes numbers', () => {
    expect(scoreText(3.75, 'en')).toBe('3.8');
    expect(scoreText(4, 'fr')).toBe('4,0');
  });
});
