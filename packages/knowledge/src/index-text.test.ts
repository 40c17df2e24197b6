import type { Multilingual } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { displayText, indexTextsOf, textIn } from './index-text.ts';
import { practice } from './test-support/practice.ts';

const m = (
  source: string,
  texts: Record<string, string>,
  machine: Record<string, string> = {},
): Multilingual => ({ source, texts, machine });

describe('textIn', () => {
  const text = m('fr', { fr: 'Barrières', en: 'Barriers' }, { it: 'Barriere', en: 'Barriers (machine)' });

  it('shows a reader the text in their language, the source marked as such', () => {
    expect(textIn(text, 'en')).toEqual({ text: 'Barriers', kind: 'human', language: 'en' });
    expect(textIn(text, 'fr')).toEqual({ text: 'Barrières', kind: 'source', language: 'fr' });
  });

  it('prefers the source to a machine translation, and a machine translation to nothing', () => {
    expect(textIn(text, 'it')).toEqual({ text: 'Barrières', kind: 'source', language: 'fr' });
    expect(textIn(m('fr', { fr: '' }, { it: 'Barriere' }), 'it')).toEqual({
      text: 'Barriere',
      kind: 'machine',
      language: 'it',
    });
    expect(textIn(m('fr', {}, { it: 'Barriere' }), 'de')).toBeNull();
  });

  it('falls back to a person’s translation in another language when the source is empty', () => {
    expect(textIn(m('fr', { fr: ' ', es: 'Barreras', de: 'Sperren' }), 'it')).toEqual({
      text: 'Sperren',
      kind: 'human',
      language: 'de',
    });
  });

  it('trims, and takes blank texts for none', () => {
    expect(textIn(m('fr', { fr: '  Barrières \n' }), 'fr')?.text).toBe('Barrières');
    expect(textIn(m('fr', { fr: '   ', en: '\n' }), 'en')).toBeNull();
    expect(textIn(null, 'fr')).toBeNull();
  });

  it('displays the chosen text, or nothing', () => {
    expect(displayText(text, 'en')).toBe('Barriers');
    expect(displayText(text, 'de')).toBe('Barrières');
    expect(displayText(null, 'de')).toBe('');
    expect(displayText(m('fr', {}), 'de')).toBe('');
  });
});

describe('indexTextsOf', () => {
  it('indexes each language with its configuration, the source first', () => {
    const rows = indexTextsOf(practice());
    expect(rows.map((r) => [r.language, r.config])).toEqual([
      ['fr', 'french'],
      ['en', 'english'],
      ['it', 'italian'],
    ]);
  });

  it('weighs the title A, the summary, problem, method and objectives B, the rest C', () => {
    const content = practice({
      context: m('fr', { fr: 'Contexte du front de mer.' }),
      effectiveness: m('fr', { fr: 'Efficace parce que…' }),
      unintendedEffects: m('fr', { fr: 'Aucune atteinte à la vie privée.' }),
      partners: [{ name: 'Métropole Nice Côte d’Azur', role: 'pose des blocs' }],
      coOwners: ['Département des Alpes-Maritimes'],
      audience: 'Piétons',
      funding: 'Fonds pour la sécurité intérieure',
      evaluator: 'Université Côte d’Azur',
    });
    const [fr] = indexTextsOf(content);
    expect(fr?.a).toBe('Barrières amovibles sur la Promenade');
    expect(fr?.b.split('\n')).toEqual([
      'Des barrières posées les jours de fête.',
      expect.stringMatching(/^Les véhicules-béliers/),
      expect.stringMatching(/^Des blocs certifiés/),
      'Protéger les piétons.',
    ]);
    for (const part of [
      'Contexte du front de mer.',
      'Efficace parce que…',
      'Aucune atteinte à la vie privée.',
      'Aucune intrusion en deux saisons.',
      'Nice',
      'Métropole Nice Côte d’Azur',
      'pose des blocs',
      'Département des Alpes-Maritimes',
      'Piétons',
      'Fonds pour la sécurité intérieure',
      'Université Côte d’Azur',
    ]) {
      expect(fr?.c.split('\n')).toContain(part);
    }
    expect(fr?.c).not.toMatch(/Barrières amovibles|Protéger les piétons/);
  });

  it('takes a person’s text in each language, and a machine one only where there is none', () => {
    const rows = indexTextsOf(
      practice({
        summary: m('fr', { fr: 'Résumé.', en: 'Summary.' }, { en: 'Machine summary.', it: 'Riassunto.' }),
      }),
    );
    const byLang = new Map(rows.map((r) => [r.language, r]));
    expect(byLang.get('en')?.b).toBe('Summary.');
    expect(byLang.get('en')?.a).toBe('Removable barriers on the Promenade');
    expect(byLang.get('it')?.b).toBe('Riassunto.');
    // Italian has no title: it is not made up from another language.
    expect(byLang.get('it')?.a).toBe('');
    expect(byLang.get('fr')?.b).not.toContain('Summary.');
  });

  it('puts the legal prerequisites under the language the practice was written in only', () => {
    const legal = [
      { country: 'FR', text: 'Arrêté municipal de circulation.' },
      { country: 'BE', text: 'Règlement de police communal.' },
    ];
    const rows = indexTextsOf(practice({ legal }));
    expect(rows[0]?.language).toBe('fr');
    expect(rows[0]?.c).toContain('Arrêté municipal de circulation.');
    expect(rows[0]?.c).toContain('Règlement de police communal.');
    for (const row of rows.slice(1)) expect(row.c).not.toContain('Arrêté');
  });

  it('leaves out empty texts and lines, with no blank line between parts', () => {
    const rows = indexTextsOf(practice({ city: '', problem: m('fr', { fr: '   ' }), method: null }));
    for (const row of rows) {
      for (const text of [row.a, row.b, row.c]) {
        expect(text).not.toMatch(/^\n|\n\n|\n$/);
        expect(text).toBe(text.trim());
      }
    }
    expect(rows[0]?.b).toBe('Des barrières posées les jours de fête.\nProtéger les piétons.');
  });
});
