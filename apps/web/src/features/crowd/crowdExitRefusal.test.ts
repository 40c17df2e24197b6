import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api.ts';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import { crowdExitRefusal } from './crowdExitRefusal.ts';

const refusal = new ApiError(
  400,
  'exit_unusable',
  'Exit "Rathaus" cannot be used: it opens only 0.06 m of the boundary.',
  [
    { path: 'exits.1.line', exit: 'Rathaus', problem: 'narrow', message: 'exit "Rathaus" opens only 0.06 m' },
    {
      path: 'exits.2.line',
      exit: 'Kaufinger',
      problem: 'closed',
      message: 'exit "Kaufinger" cannot be reached',
    },
  ],
);

describe('refused crowd exits', () => {
  it('names each exit and says why, in the reader’s language', () => {
    const fr = crowdExitRefusal(refusal, (key, params) => translate(DICTIONARIES.fr, key, params));
    expect(fr).toBeInstanceOf(ApiError);
    expect((fr as ApiError).code).toBe('exit_unusable');
    expect((fr as ApiError).message).toBe(
      'La sortie Rathaus ne peut pas servir : elle ouvre trop peu du bord pour que quelqu’un puisse passer. ' +
        'La sortie Kaufinger ne peut pas servir : un mur ou un bâtiment la sépare de l’endroit où se trouvent les personnes.',
    );
  });

  it('leaves every other error as it is', () => {
    const other = new ApiError(400, 'scenario_invalid', 'too many people');
    expect(crowdExitRefusal(other, (key) => key)).toBe(other);
  });
});
