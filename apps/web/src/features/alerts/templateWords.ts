import type { AlertTemplate, Locale } from '@pactesur/contracts';
import { loadDictionary } from '../../i18n/dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import { localeOfLanguage } from './alertLanguages.ts';
import type { TemplateWords } from './newAlertContent.ts';

/**
 * A template's words in each language of a new alert: in that language where the interface speaks it
 * (its dictionary is loaded for the purpose), else in the reader's language for the officer to translate.
 */
export async function templateWordsByLanguage(
  template: AlertTemplate,
  languages: readonly string[],
  readerLocale: Locale,
): Promise<(language: string) => TemplateWords> {
  const locales = [...new Set(languages.map((l) => localeOfLanguage(l) ?? readerLocale))];
  const dictionaries = new Map(await Promise.all(locales.map(async (l) => [l, await loadDictionary(l)] as const)));
  return (language) => {
    const messages = dictionaries.get(localeOfLanguage(language) ?? readerLocale);
    if (!messages) throw new Error(`No words loaded for ${language}`);
    return {
      event: translate(messages, `alertTemplate.${template}`),
      headline: translate(messages, `alertTemplate.${template}.headline`),
      description: translate(messages, `alertTemplate.${template}.description`),
      instruction: translate(messages, `alertTemplate.${template}.instruction`),
    };
  };
}
