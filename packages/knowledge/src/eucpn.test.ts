import { EucpnCriterion } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { EUCPN_MIN_CHARS, unmetCriteria } from './eucpn.ts';
import { chars, practice } from './test-support/practice.ts';

const fr = (text: string) => ({ source: 'fr', texts: { fr: text } });

describe('unmetCriteria', () => {
  it('finds nothing missing in a complete practice', () => {
    expect(unmetCriteria(practice())).toEqual([]);
  });

  it('lists every criterion of an empty practice, in the order of the enum', () => {
    const empty = practice({
      problem: null,
      threats: [],
      placeTypes: [],
      method: null,
      objectives: null,
      functions: [],
      costBand: null,
      results: null,
      conditions: null,
      contact: '',
    });
    expect(unmetCriteria(empty)).toEqual(EucpnCriterion.options);
  });

  describe('problem-described', () => {
    it('wants a problem statement of 100 characters', () => {
      expect(unmetCriteria(practice({ problem: fr(chars(EUCPN_MIN_CHARS.problem)) }))).toEqual([]);
      expect(unmetCriteria(practice({ problem: fr(chars(EUCPN_MIN_CHARS.problem - 1)) }))).toEqual([
        'problem-described',
      ]);
      expect(unmetCriteria(practice({ problem: null }))).toEqual(['problem-described']);
    });

    it('counts characters, not bytes, and not the spaces around', () => {
      expect(unmetCriteria(practice({ problem: fr(chars(100, 'é')) }))).toEqual([]);
      expect(unmetCriteria(practice({ problem: fr(chars(50, '🚧')) }))).toEqual(['problem-described']);
      // Spaces around do not count, even in content that has not been through the contract's trimming.
      const padded = { source: 'fr', texts: { fr: `   ${chars(99)}\n\n  ` }, machine: {} };
      expect(unmetCriteria({ ...practice(), problem: padded })).toEqual(['problem-described']);
    });

    it('wants a threat or a place type', () => {
      expect(unmetCriteria(practice({ threats: [], placeTypes: ['market'] }))).toEqual([]);
      expect(unmetCriteria(practice({ threats: ['drone'], placeTypes: [] }))).toEqual([]);
      expect(unmetCriteria(practice({ threats: [], placeTypes: [] }))).toEqual(['problem-described']);
    });

    it('reads a human translation when the source text is empty, never a machine one', () => {
      expect(
        unmetCriteria(practice({ problem: { source: 'fr', texts: { fr: '', de: chars(120) } } })),
      ).toEqual([]);
      expect(unmetCriteria(practice({ problem: { source: 'fr', texts: { de: chars(120) } } }))).toEqual([]);
      expect(
        unmetCriteria(practice({ problem: { source: 'fr', texts: {}, machine: { en: chars(300) } } })),
      ).toEqual(['problem-described']);
      // The source text is the one read when there is one, however long its translations.
      expect(
        unmetCriteria(practice({ problem: { source: 'fr', texts: { fr: 'Court.', en: chars(300) } } })),
      ).toEqual(['problem-described']);
    });
  });

  describe('intervention-explained', () => {
    it('wants a method of 150 characters', () => {
      expect(unmetCriteria(practice({ method: fr(chars(EUCPN_MIN_CHARS.method)) }))).toEqual([]);
      expect(unmetCriteria(practice({ method: fr(chars(EUCPN_MIN_CHARS.method - 1)) }))).toEqual([
        'intervention-explained',
      ]);
    });

    it('wants objectives', () => {
      expect(unmetCriteria(practice({ objectives: null }))).toEqual(['intervention-explained']);
      expect(unmetCriteria(practice({ objectives: fr('  ') }))).toEqual(['intervention-explained']);
      expect(
        unmetCriteria(practice({ objectives: { source: 'fr', texts: {}, machine: { fr: 'Protéger.' } } })),
      ).toEqual(['intervention-explained']);
    });

    it('wants a function', () => {
      expect(unmetCriteria(practice({ functions: [] }))).toEqual(['intervention-explained']);
      expect(unmetCriteria(practice({ functions: ['training', 'awareness'] }))).toEqual([]);
    });
  });

  describe('outcome-or-plausibility', () => {
    it('takes the results of an outcome, impact or cost-effectiveness evaluation', () => {
      for (const evaluation of ['outcome', 'impact', 'cost-effectiveness'] as const) {
        expect(unmetCriteria(practice({ evaluation }))).toEqual([]);
        expect(unmetCriteria(practice({ evaluation, results: null }))).toEqual(['outcome-or-plausibility']);
        // A measuring evaluation must tell its results: a case for plausibility does not stand in.
        expect(unmetCriteria(practice({ evaluation, results: null, effectiveness: fr(chars(400)) }))).toEqual(
          ['outcome-or-plausibility'],
        );
      }
    });

    it('takes, without such an evaluation, an account of why it works of 150 characters', () => {
      for (const evaluation of ['none', 'process'] as const) {
        expect(
          unmetCriteria(
            practice({ evaluation, results: null, effectiveness: fr(chars(EUCPN_MIN_CHARS.effectiveness)) }),
          ),
        ).toEqual([]);
        expect(
          unmetCriteria(
            practice({ evaluation, effectiveness: fr(chars(EUCPN_MIN_CHARS.effectiveness - 1)) }),
          ),
        ).toEqual(['outcome-or-plausibility']);
        // Results of a process evaluation say how it ran, not that it works.
        expect(unmetCriteria(practice({ evaluation, effectiveness: null }))).toEqual([
          'outcome-or-plausibility',
        ]);
      }
    });
  });

  describe('replicable', () => {
    it('wants conditions or lessons of 100 characters', () => {
      expect(unmetCriteria(practice({ conditions: null }))).toEqual(['replicable']);
      expect(unmetCriteria(practice({ conditions: fr(chars(EUCPN_MIN_CHARS.transfer - 1)) }))).toEqual([
        'replicable',
      ]);
      expect(
        unmetCriteria(practice({ conditions: null, lessons: fr(chars(EUCPN_MIN_CHARS.transfer)) })),
      ).toEqual([]);
      expect(
        unmetCriteria(practice({ conditions: fr('Peu.'), lessons: fr(chars(EUCPN_MIN_CHARS.transfer)) })),
      ).toEqual([]);
    });

    it('wants a cost band and a contact', () => {
      expect(unmetCriteria(practice({ costBand: null }))).toEqual(['replicable']);
      expect(unmetCriteria(practice({ contact: '' }))).toEqual(['replicable']);
      expect(
        unmetCriteria(practice({ contact: 'Policía Municipal de Madrid, unidad de seguridad' })),
      ).toEqual([]);
    });
  });

  it('lists several unmet criteria together', () => {
    expect(unmetCriteria(practice({ functions: [], costBand: null }))).toEqual([
      'intervention-explained',
      'replicable',
    ]);
  });
});
