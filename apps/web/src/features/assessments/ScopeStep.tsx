import { MAX_ASSESSMENT_TEXT, MAX_NAME_LENGTH, SpaceCategory } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { IndicatorsPanel } from './IndicatorsPanel.tsx';
import { ScoreSelect } from './ScoreSelect.tsx';
import type { StepProps } from './StepProps.ts';

/** Step 1: the title, the category of the space, the scope, the national threat level; the computed indicators. */
export function ScopeStep({ form, readOnly }: StepProps) {
  const id = useId();
  const { t } = useI18n();
  const { title, content } = form.draft;
  return (
    <>
      <fieldset className="step-fields" disabled={readOnly}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('scope.titleField')}</label>
          <input
            id={`${id}-title`}
            required
            maxLength={MAX_NAME_LENGTH}
            value={title}
            onChange={(e) => form.editTitle(e.target.value)}
          />
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-category`}>{t('scope.category')}</label>
            <select
              id={`${id}-category`}
              value={content.category}
              onChange={(e) => form.editContent({ category: SpaceCategory.parse(e.target.value) })}
            >
              {SpaceCategory.options.map((c) => (
                <option key={c} value={c}>
                  {t(`spaceCategory.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <ScoreSelect
            label={t('scope.threatLevel')}
            hint={t('scope.threatLevelHint')}
            value={content.threatLevel}
            emptyLabel={t('scope.notStated')}
            onChange={(threatLevel) => form.editContent({ threatLevel })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('scope.text')}</label>
          <textarea
            id={`${id}-scope`}
            rows={5}
            maxLength={MAX_ASSESSMENT_TEXT}
            aria-describedby={`${id}-scope-hint`}
            value={content.scope}
            onChange={(e) => form.editContent({ scope: e.target.value })}
          />
          <small id={`${id}-scope-hint`}>{t('scope.textHint')}</small>
        </div>
      </fieldset>
      <IndicatorsPanel form={form} readOnly={readOnly} />
    </>
  );
}
