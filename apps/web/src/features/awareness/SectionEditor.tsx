import { AwarenessTopic, MAX_NAME_LENGTH, type Multilingual } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { MultilingualField } from '../practices/MultilingualField.tsx';
import { BODY_MAX, type DraftSection } from './awarenessDraft.ts';

interface Props {
  readonly section: DraftSection;
  /** Its place on the page, from 1. */
  readonly n: number;
  readonly count: number;
  /** The language the page is written in, and that of the tab. */
  readonly source: string;
  readonly lang: string;
  readonly onChange: (patch: Partial<Pick<DraftSection, 'topic' | 'title' | 'body'>>) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}

/**
 * A section of the page in the editor: in the tab of the language the page is written in, its topic, title
 * and text, moved or removed; in a translation's tab, the translations of its title and text.
 */
export function SectionEditor({ section, n, count, source, lang, onChange, onMove, onRemove }: Props) {
  const id = useId();
  const { t } = useI18n();
  const writing = lang === source;
  const text = (field: 'title' | 'body') => (m: Multilingual) => onChange({ [field]: m });
  return (
    <fieldset
      className="awareness-section-editor"
      data-testid="awareness-section-editor"
      data-topic={section.topic}
    >
      <legend>{t('awarenessEdit.section', { n })}</legend>
      {writing && (
        <div className="awareness-section-tools">
          <div className="field">
            <label htmlFor={`${id}-topic`}>{t('awarenessEdit.topic')}</label>
            <select
              id={`${id}-topic`}
              value={section.topic}
              onChange={(e) => onChange({ topic: AwarenessTopic.parse(e.target.value) })}
            >
              {AwarenessTopic.options.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`awarenessTopic.${topic}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar">
            {n > 1 && (
              <RowAction
                tone="quiet"
                text={t('awarenessEdit.up')}
                label={t('awarenessEdit.moveUp', { n })}
                onClick={() => onMove(-1)}
              />
            )}
            {n < count && (
              <RowAction
                tone="quiet"
                text={t('awarenessEdit.down')}
                label={t('awarenessEdit.moveDown', { n })}
                onClick={() => onMove(1)}
              />
            )}
            <RowAction
              text={t('awarenessEdit.remove')}
              label={t('awarenessEdit.removeSection', { n })}
              onClick={onRemove}
            />
          </div>
        </div>
      )}
      <MultilingualField
        label="awarenessEdit.sectionTitle"
        value={section.title}
        source={source}
        lang={lang}
        max={MAX_NAME_LENGTH}
        line
        onChange={text('title')}
      />
      <MultilingualField
        label="awarenessEdit.sectionBody"
        hint={writing ? 'awarenessEdit.bodyHint' : undefined}
        value={section.body}
        source={source}
        lang={lang}
        max={BODY_MAX}
        rows={6}
        onChange={text('body')}
      />
    </fieldset>
  );
}
