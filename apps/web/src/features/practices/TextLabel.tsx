import { useContext } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { ShownText } from './displayText.ts';
import { languageName } from './languages.ts';
import { WrittenInContext } from './writtenInContext.ts';

/**
 * What the reader should know of a text shown to them: that it is a machine translation (always said), or
 * the language it is written in when it is not theirs and the page has not said so already; nothing for a
 * human text in their language.
 */
export function TextLabel({ shown }: { shown: ShownText }) {
  const { t, locale } = useI18n();
  const saidAbove = useContext(WrittenInContext);
  const language = languageName(shown.language, locale);
  if (shown.kind === 'machine')
    return (
      <span className="tag practice-machine" data-testid="machine-translation">
        {t('practiceText.machine', { language })}
      </span>
    );
  if (shown.language === locale || shown.language === saidAbove) return null;
  return (
    <span className="tag practice-written-in" data-testid="written-in" data-lang={shown.language}>
      {t('practiceText.writtenIn', { language })}
    </span>
  );
}
