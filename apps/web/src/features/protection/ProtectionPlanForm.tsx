import { DEFAULT_CLASS_IDS, type CreateProtectionPlanInput, type StationInput } from '@pactesur/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { HintedRow } from '../../ui/HintedRow.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import { useResource } from '../../ui/useResource.ts';
import type { JobFormProps } from '../jobs/JobFormProps.ts';
import { VehicleClassesField } from '../threat/VehicleClassesField.tsx';
import { ZoneChoiceField } from '../threat/ZoneChoiceField.tsx';
import { useZoneChoice } from '../threat/useZoneChoice.ts';
import { vehicleClassName } from '../threat/vehicleClassName.ts';
import { StationsField } from './StationsField.tsx';

/** A budget as typed: blank for none, else a positive number of euros (null when it is not one). */
function parseBudget(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 && value <= 1e10 ? value : null;
}

/**
 * A new protection plan: its name, the design-basis vehicle classes (the six of HVM.md §2 by default), the
 * protected zone (the site outline, or drawn or pasted as in a threat analysis), the emergency stations
 * whose routes stay open, and an optional budget.
 */
export function ProtectionPlanForm({
  site,
  layers,
  busy,
  onSubmit,
  onCancel,
}: JobFormProps<CreateProtectionPlanInput>) {
  const { t, formatMeasure } = useI18n();
  const [name, setName] = useState(() => t('protectionForm.defaultName', { site: site.name }));
  // The design basis by default: the classes the catalogue can stop (the server decides, as for the CLI).
  const basis = useResource(() => api.protectionClasses(), 'protection-classes');
  const unstoppable = (basis.data?.classes ?? []).filter((c) => !c.stoppable);
  const [classes, setClasses] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_CLASS_IDS));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (basis.data && !touched)
      setClasses(new Set(basis.data.classes.filter((c) => c.stoppable).map((c) => c.id)));
  }, [basis.data, touched]);
  const zone = useZoneChoice();
  const [osmStations, setOsmStations] = useState(true);
  const [stations, setStations] = useState<readonly StationInput[]>([]);
  const [budget, setBudget] = useState('');
  const [tried, setTried] = useState(false);

  const budgetEur = parseBudget(budget);
  const badBudget = budgetEur === null;
  const unnamedStation = stations.some((s) => s.name.trim() === '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (classes.size === 0 || zone.missing || badBudget || unnamedStation) return;
    onSubmit({
      name: name.trim(),
      classes: DEFAULT_CLASS_IDS.filter((c) => classes.has(c)),
      osmStations,
      stations: stations.map((s) => ({ name: s.name.trim(), at: s.at })),
      ...(zone.zone ? { zone: zone.zone } : {}),
      ...(budgetEur === undefined ? {} : { budgetEur }),
    });
  };

  return (
    <form className="form threat-form protection-form" onSubmit={submit} aria-busy={busy}>
      <NameField label="protectionForm.name" value={name} onChange={setName} />
      <VehicleClassesField
        legend="protectionForm.classes"
        hint="protectionForm.classesHint"
        value={classes}
        onChange={(next) => {
          setTouched(true);
          setClasses(next);
        }}
        tried={tried}
        note={
          unstoppable.length === 0
            ? undefined
            : (id) => (
                <div id={id}>
                  {unstoppable.map((c) => (
                    <p
                      key={c.id}
                      className={classes.has(c.id) ? 'notice heavy-note' : 'hint heavy-note'}
                      data-testid="unstoppable-note"
                    >
                      {t('protectionForm.heavyNote', {
                        class: vehicleClassName(t, c.id, c.name),
                        heaviest: formatMeasure(c.heaviestTestedKg / 1000, 't'),
                      })}
                    </p>
                  ))}
                </div>
              )
        }
      />
      <ZoneChoiceField site={site} layers={layers} choice={zone} tried={tried} />
      <StationsField
        site={site}
        layers={layers}
        zone={zone.zone}
        osmStations={osmStations}
        onOsmStations={setOsmStations}
        stations={stations}
        onStations={setStations}
      />
      {unnamedStation && tried && (
        <p className="field-problem" role="alert">
          {t('protectionForm.unnamedStation')}
        </p>
      )}
      <HintedRow className="form form-row" hint={t('protectionForm.budgetHint')}>
        {(hintId) => (
          <NumberField
            label="protectionForm.budget"
            inputMode="numeric"
            min={1}
            step={1000}
            value={budget}
            invalid={badBudget}
            describedBy={hintId}
            onChange={setBudget}
          />
        )}
      </HintedRow>
      {badBudget && tried && (
        <p className="field-problem" role="alert">
          {t('protectionForm.badBudget')}
        </p>
      )}
      <FormActions
        busy={busy}
        submitLabel="protectionForm.submit"
        busyLabel="threatForm.starting"
        onCancel={onCancel}
      />
    </form>
  );
}
