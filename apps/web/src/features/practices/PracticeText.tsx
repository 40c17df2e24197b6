import type { Multilingual } from '@pactesur/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { machineIn, textIn } from './displayText.ts';
import { languageName } from './languages.ts';
import { TextLabel } from './TextLabel.tsx';

/**
 * A text of a practice in the reader's language when a person wrote it, else as written (saying in which
 * language), with the machine translation into the reader's language offered, and labelled, when there
 * is one. Paragraphs and line breaks are kept.
 */
export function PracticeText({ m }: { m: Multilingual | null }) {
  const { t, locale } = useI18n();
  const [machine, setMachine] = useState(false);
  const written = textIn(m, locale);
  const translation = machineIn(m, locale);
  if (!written) return null;
  const shown = machine && translation ? translation : written;
  return (
    <div className="practice-text">
      <TextLabel shown={shown} />
      <p className="prewrap" lang={shown.language}>
        {shown.text}
      </p>
      {translation && (
        <button
          type="button"
          className="button-quiet"

          onClick={() => setMachine(!machine)}
        >
          {machine
            ? t('practiceText.showWritten')
            : t('practiceText.showMachine', { language: languageName(locale, locale) })}
        </button>
      )}
    </div>
  );
}
