import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/** A longitude and a latitude as typed. */
export interface PlaceText {
  readonly lon: string;
  readonly lat: string;
}

interface Props {
  readonly value: PlaceText;
  /** Whether what is typed is not a place (one of the two missing, or out of range). */
  readonly invalid: boolean;
  readonly onChange: (value: PlaceText) => void;
}

/** The place of the practice on the map of practices: longitude and latitude in decimal degrees, or nothing. */
export function LocationFields({ value, invalid, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <fieldset className="field">
      <legend>{t('practiceField.location')}</legend>
      <div className="form-row practice-location">
        <div className="field">
          <label htmlFor={`${id}-lon`}>{t('practiceField.longitude')}</label>
          <input
            id={`${id}-lon`}
            inputMode="decimal"
            value={value.lon}
            aria-invalid={invalid}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onChange({ ...value, lon: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lat`}>{t('practiceField.latitude')}</label>
          <input
            id={`${id}-lat`}
            inputMode="decimal"
            value={value.lat}
            aria-invalid={invalid}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onChange({ ...value, lat: e.target.value })}
          />
        </div>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('practiceEdit.locationHint')}
      </p>
      {invalid && <p className="field-problem">{t('practiceEdit.problem.location')}</p>}
    </fieldset>
  );
}
