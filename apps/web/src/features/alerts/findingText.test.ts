import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { findingLanguage, findingText, findingsByLevel } from './findingText.ts';

const t = (key: MessageKey) => translate(DICTIONARIES.fr, key);

describe('findings in the reader’s words', () => {
  it('says a known code in the reader’s language, else the server’s sentence', () => {
    const known = findingText(t, { code: 'CONTACT_IS_REQUIRED', message: 'contact is required by the profile' });
    expect(known.translated).toBe(true);
    expect(known.text).toBe(DICTIONARIES.fr['findingCode.CONTACT_IS_REQUIRED']);
    expect(known.text).not.toBe(DICTIONARIES.en['findingCode.CONTACT_IS_REQUIRED']);
    expect(findingText(t, { code: 'XSD', message: "Element 'urgency': not valid." })).toEqual({
      text: "Element 'urgency': not valid.",
      translated: false,
    });
    expect(findingText(t, { code: 'constructor', message: 'as sent' }).text).toBe('as sent');
  });

  it('names the language of the info a path points into', () => {
    expect(findingLanguage('alert/info[1]/area[0]/polygon[0]', ['fr-FR', 'en-GB'])).toBe('en-GB');
    expect(findingLanguage('alert/info[0]', ['fr-FR'])).toBe('fr-FR');
    expect(findingLanguage('alert/info[7]', ['fr-FR'])).toBeNull();
    expect(findingLanguage('alert/references', ['fr-FR'])).toBeNull();
  });

  it('groups findings by level, errors first', () => {
    const f = (code: string, level: 'error' | 'warning' | 'recommendation') => ({ code, level, path: 'alert', message: code });
    const groups = findingsByLevel([f('A', 'recommendation'), f('B', 'error'), f('C', 'recommendation')]);
    expect(groups.map((g) => [g.level, g.findings.map((x) => x.code)])).toEqual([
      ['error', ['B']],
      ['recommendation', ['A', 'C']],
    ]);
  });
});
