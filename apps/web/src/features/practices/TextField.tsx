import type { MessageKey } from '../../i18n/messages.ts';
import { TEXT_MAX, type MultilingualField as Field } from './contentDraft.ts';
import type { SectionEditorProps } from './editorProps.ts';
import { MultilingualField } from './MultilingualField.tsx';

interface Props extends SectionEditorProps {
  /** The text, named in the form by its `practiceField` label and as long as the API takes it. */
  readonly field: Field;
  readonly hint?: MessageKey;
  /** A line (the title) rather than a text of several lines. */
  readonly line?: boolean;
  readonly rows?: number;
}

/** A text of the practice in the language of the tab (see {@link MultilingualField}). */
export function TextField({ content, changeText, lang, field, hint, line = false, rows = 4 }: Props) {
  return (
    <MultilingualField
      label={`practiceField.${field}`}
      hint={hint}
      value={content[field]}
      source={content.title.source}
      lang={lang}
      max={TEXT_MAX[field]}
      line={line}
      rows={rows}
      onChange={(m) => changeText(field, m)}
    />
  );
}
