import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../i18n/messages.ts';
import { taxonomyName } from './taxonomy.ts';

const t = (key: MessageKey) => `«${key}»`;

describe('taxonomyName', () => {
  it('translates a value the dictionaries know, by its list', () => {
    expect(taxonomyName('place', 'promenade', t)).toBe('«practicePlace.promenade»');
    expect(taxonomyName('cost', 'under-10k', t)).toBe('«practiceCost.under-10k»');
  });

  it('shows a value the dictionaries do not know as it is', () => {
    expect(taxonomyName('threat', 'meteorite', t)).toBe('meteorite');
  });
});
