import type { Multilingual } from '@pactesur/contracts';
import { useId } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { withText, type TextSide } from './contentDraft.ts';

interface Props {
  readonly label: MessageKey;
  readonly hint?: MessageKey | undefined;
  /** The text, every language of it; null before anything is written. */
  readonly value: Multilingual | null;
  /** The language the record is written in. */
  readonly source: string;
  /** The language of the tab being edited. */
  readonly lang: string;
  /** Most characters of one language's text, as the API takes. */
  readonly max: number;
  /** A line (a title) rather than a text of several lines. */
  readonly line?: boolean;
  readonly rows?: number;
  readonly onChange: (m: Multilingual) => void;
}

/**
 * A multilingual text in the language of the tab: in the language it is written in, the text itself; in
 * another, the text as written for reference, a person's translation, and apart from it a pasted machine
 * translation (shown to readers labelled as such).
 */
export function MultilingualField({
  label,
  hint,
  value,
  source,
  lang,
  max,
  line = false,
  rows = 4,
  onChange,
}: Props) {
  const id = useId();
  const { t } = useI18n();
  const set = (side: TextSide, text: string) => onChange(withText(value, source, lang, side, text));
  const input = (side: TextSide, inputId: string, describedBy?: string) => {
    const common = {
      id: inputId,
      lang,
      maxLength: max,
      value: value?.[side][lang] ?? '',
      'aria-describedby': describedBy,
    };
    return line ? (
      <input {...common} onChange={(e) => set(side, e.target.value)} />
    ) : (
      <textarea {...common} rows={rows} onChange={(e) => set(side, e.target.value)} />
    );
  };

  if (lang === source)
    return (
      <div className="field">
        <label htmlFor={`${id}-text`}>{t(label)}</label>
        {input('texts', `${id}-text`, hint ? `${id}-hint` : undefined)}
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {t(hint)}
          </p>
        )}
      </div>
    );

  const written = value?.texts[source]?.trim() ?? '';
  return (
    <fieldset className="field practice-translation">
      <legend>{t(label)}</legend>
      {written !== '' && (
        <p className="hint practice-as-written">
          {t('practiceEdit.asWritten')} <span lang={source}>{written}</span>
        </p>
      )}
      <label htmlFor={`${id}-human`}>{t('practiceEdit.human')}</label>
      {input('texts', `${id}-human`)}
      <label htmlFor={`${id}-machine`} className="practice-machine-label">
        {t('practiceEdit.machine')}
      </label>
      {input('machine', `${id}-machine`, `${id}-machine-hint`)}
      <p className="hint" id={`${id}-machine-hint`}>
        {t('practiceEdit.machineHint')}
      </p>
    </fieldset>
  );
}
