import { MAX_ASSESSMENT_TEXT, type Indicator, type OverrideIndicator } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { NumberField } from '../../ui/NumberField.tsx';

interface Props {
  readonly indicator: Indicator;
  readonly busy: boolean;
  readonly onSubmit: (override: OverrideIndicator) => void;
  readonly onCancel: () => void;
}

/** The value the team holds instead of the computed one, and why (a share is entered as a percentage). */
export function IndicatorOverrideForm({ indicator, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const share = indicator.unit === 'share';
  const start = indicator.override?.value ?? indicator.value;
  const [value, setValue] = useState(
    start === null ? '' : String(share ? Math.round(start * 1000) / 10 : start),
  );
  const [reason, setReason] = useState(indicator.override?.reason ?? '');
  const number = Number(value);
  const valid = value.trim() !== '' && Number.isFinite(number) && number >= 0 && (!share || number <= 100);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || reason.trim() === '') return;
    onSubmit({ value: share ? number / 100 : number, reason: reason.trim() });
  };
  return (
    <form className="form indicator-override" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('indicator.overrideTitle', { name: t(`indicator.${indicator.key}`) })}</h5>
      <NumberField
        label={share ? 'indicator.overrideValuePercent' : 'indicator.overrideValue'}
        value={value}
        onChange={setValue}
        inputMode="decimal"
        min={0}
        max={share ? 100 : undefined}
        step="any"
        required
        invalid={value !== '' && !valid}
      />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('indicator.overrideReason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          required
          maxLength={MAX_ASSESSMENT_TEXT}
          aria-describedby={`${id}-reason-hint`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <small id={`${id}-reason-hint`}>{t('indicator.overrideReasonHint')}</small>
      </div>
      <FormActions busy={busy} submitLabel="indicator.overrideSave" onCancel={onCancel} />
    </form>
  );
}
