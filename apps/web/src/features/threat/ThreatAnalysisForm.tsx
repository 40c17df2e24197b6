import {
  DEFAULT_CLASS_IDS,
  MAX_SPACING_M,
  MIN_SPACING_M,
  type CreateThreatAnalysisInput,
} from '@pactesur/contracts';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { HintedRow } from '../../ui/HintedRow.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import type { JobFormProps } from '../jobs/JobFormProps.ts';
import { VehicleClassesField } from './VehicleClassesField.tsx';
import { ZoneChoiceField } from './ZoneChoiceField.tsx';
import { useZoneChoice } from './useZoneChoice.ts';

/**
 * A new vehicle threat analysis: its name, the vehicle classes (the six of HVM.md §2, all by default), the
 * spacing of the perimeter points, the sensitivity band, and the protected zone (the site outline or drawn).
 */
export function ThreatAnalysisForm({
  site,
  layers,
  busy,
  onSubmit,
  onCancel,
}: JobFormProps<CreateThreatAnalysisInput>) {
  const { t } = useI18n();
  const [name, setName] = useState(() => t('threatForm.defaultName', { site: site.name }));
  const [classes, setClasses] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_CLASS_IDS));
  const [spacing, setSpacing] = useState('3');
  const [sensitivity, setSensitivity] = useState(true);
  const zone = useZoneChoice();
  const [tried, setTried] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (classes.size === 0 || zone.missing) return;
    onSubmit({
      name: name.trim(),
      classes: DEFAULT_CLASS_IDS.filter((c) => classes.has(c)),
      spacingM: Number(spacing),
      sensitivity,
      ...(zone.zone ? { zone: zone.zone } : {}),
    });
  };

  return (
    <form className="form threat-form" onSubmit={submit} aria-busy={busy}>
      <NameField label="threatForm.name" value={name} onChange={setName} />
      <VehicleClassesField legend="threatForm.classes" value={classes} onChange={setClasses} tried={tried} />
      <HintedRow className="form form-row" hint={t('threatForm.spacingHint')}>
        {(hintId) => (
          <NumberField
            label="threatForm.spacing"
            inputMode="decimal"
            min={MIN_SPACING_M}
            max={MAX_SPACING_M}
            step={0.5}
            required
            value={spacing}
            describedBy={hintId}
            onChange={setSpacing}
          />
        )}
      </HintedRow>
      <CheckField
        label="threatForm.sensitivity"
        hint="threatForm.sensitivityHint"
        checked={sensitivity}
        onChange={setSensitivity}
      />
      <ZoneChoiceField site={site} layers={layers} choice={zone} tried={tried} />
      <FormActions
        busy={busy}
        submitLabel="threatForm.submit"
        busyLabel="threatForm.starting"
        onCancel={onCancel}
      />
    </form>
  );
}
