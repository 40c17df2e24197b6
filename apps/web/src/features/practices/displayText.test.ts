import { describe, expect, it } from 'vitest';
import { isBlank, machineIn, textIn } from './displayText.ts';

const nice = {
  source: 'fr',
  texts: { fr: 'Promenade des Anglais', it: 'Passeggiata degli Inglesi' },
  machine: { en: 'Promenade of the English' },
};

describe('textIn', () => {
  it('shows a human text in the reader’s language', () => {
    expect(textIn(nice, 'it')).toEqual({ text: 'Passeggiata degli Inglesi', language: 'it', kind: 'human' });
  });

  it('shows the text as written to a reader of its own language', () => {
    expect(textIn(nice, 'fr')).toEqual({ text: 'Promenade des Anglais', language: 'fr', kind: 'source' });
  });

  it('prefers the text as written over a machine translation', () => {
    expect(textIn(nice, 'en')).toEqual({ text: 'Promenade des Anglais', language: 'fr', kind: 'source' });
  });

  it('falls back to a machine translation, labelled, when the source text is missing', () => {
    const m = { source: 'fr', texts: { fr: '  ' }, machine: { es: 'Paseo' } };
    expect(textIn(m, 'es')).toEqual({ text: 'Paseo', language: 'es', kind: 'machine' });
  });

  it('falls back to any human text, then to nothing', () => {
    expect(textIn({ source: 'fr', texts: { nl: 'Wandelpad' }, machine: {} }, 'en')).toEqual({
      text: 'Wandelpad',
      language: 'nl',
      kind: 'human',
    });
    expect(textIn({ source: 'fr', texts: {}, machine: {} }, 'en')).toBeNull();
    expect(textIn(null, 'en')).toBeNull();
  });
});

describe('machineIn', () => {
  it('offers the machine translation beside a text in another language', () => {
    expect(machineIn(nice, 'en')).toEqual({ text: 'Promenade of the English', language: 'en', kind: 'machine' });
  });

  it('offers none when the reader already reads their language', () => {
    expect(machineIn(nice, 'it')).toBeNull();
    expect(machineIn({ ...nice, machine: { it: 'Passeggiata' } }, 'it')).toBeNull();
    expect(machineIn(nice, 'es')).toBeNull();
  });
});

describe('isBlank', () => {
  it('is true only without any text', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank({ source: 'fr', texts: { fr: ' ' }, machine: {} })).toBe(true);
    expect(isBlank({ source: 'fr', texts: {}, machine: { en: 'x' } })).toBe(false);
    expect(isBlank(nice)).toBe(false);
  });
});
