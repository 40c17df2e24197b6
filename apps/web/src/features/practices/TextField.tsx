import { useId } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TEXT_MAX, withText, type MultilingualField, type TextSide } from './contentDraft.ts';
import type { SectionEditorProps } from './editorProps.ts';

interface Props extends SectionEditorProps {
  /** The text, named in the form by its `practiceField` label and as long as the API takes it. */
  readonly field: MultilingualField;
  readonly hint?: MessageKey;
  /** A line (the title) rather than a text of several lines. */
  readonly line?: boolean;
  readonly rows?: number;
}

/**
 * A text of the practice in the language of the tab: in the language it is written in, the text itself;
 * in another, the text as written for reference, a person's translation, and apart from it a pasted
 * machine translation (shown to readers labelled as such).
 */
export function TextField({ content, changeText, lang, field, hint, line = false, rows = 4 }: Props) {
  const id = useId();
  const { t } = useI18n();
  const label: MessageKey = `practiceField.${field}`;
  const max = TEXT_MAX[field];
  const source = content.title.source;
  const m = content[field];
  const set = (side: TextSide, text: string) => changeText(field, withText(m, source, lang, side, text));
  const input = (side: TextSide, inputId: string, describedBy?: string) => {
    const value = m?.[side][lang] ?? '';
    const common = {
      id: inputId,
      lang,
      maxLength: max,
      value,
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

  const written = m?.texts[source]?.trim() ?? '';
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
