import { useId, type RefObject } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly file: RefObject<HTMLInputElement | null>;
  readonly wrongType: boolean;
  readonly onChange: () => void;
}

/** An optional photo (JPEG or PNG): faces are blurred and location data removed before anyone sees it. */
export function PhotoField({ file, wrongType, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <div className="field report-photo">
      <label htmlFor={id}>{t('citizens.photo.label')}</label>
      <input
        id={id}
        ref={file}
        type="file"
        accept="image/jpeg,image/png"
        aria-invalid={wrongType}
        aria-describedby={`${id}-hint`}
        onChange={onChange}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('citizens.photo.hint')}
      </p>
      {wrongType && (
        <p className="field-problem" role="alert">
          {t('citizens.photo.wrongType')}
        </p>
      )}
    </div>
  );
}
