import { MAX_EVENT_PEOPLE, MAX_NAME_LENGTH, TriggerAlert, TriggerPoint } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { newItemId } from '../assessments/itemId.ts';

interface Props {
  readonly triggers: readonly TriggerPoint[];
  readonly readOnly: boolean;
  readonly onChange: (triggers: TriggerPoint[]) => void;
}

/** Most trigger points of a plan (the contract's limit). */
const MAX_TRIGGERS = 50;

const METRICS = TriggerPoint.shape.metric.options;
const SEVERITIES = TriggerAlert.shape.severity.unwrap().options;
const URGENCIES = TriggerAlert.shape.urgency.unwrap().options;

/** The threshold as typed: kept while it is not a number the contract takes, sent once it is. */
function ThresholdField({
  trigger,
  onChange,
}: {
  trigger: TriggerPoint;
  onChange: (threshold: number) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const [typed, setTyped] = useState(String(trigger.threshold));
  const value = Number(typed);
  const valid = typed.trim() !== '' && Number.isFinite(value) && value > 0 && value <= MAX_EVENT_PEOPLE;
  return (
    <div className="field">
      <label htmlFor={id}>
        {t(
          trigger.metric === 'density'
            ? 'events.ops.triggers.thresholdDensity'
            : 'events.ops.triggers.thresholdOccupancy',
        )}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={typed}
        aria-invalid={!valid}
        onChange={(e) => {
          setTyped(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= MAX_EVENT_PEOPLE)
            onChange(n);
        }}
      />
    </div>
  );
}

function AlertTemplateFields({
  alert,
  onChange,
}: {
  alert: TriggerAlert;
  onChange: (alert: TriggerAlert) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  return (
    <fieldset className="trigger-alert">
      <legend>{t('events.ops.triggers.alertTemplate')}</legend>
      <div className="field">
        <label htmlFor={`${id}-headline`}>{t('alert.headline')}</label>
        <input
          id={`${id}-headline`}
          maxLength={160}
          value={alert.headline}
          onChange={(e) => onChange({ ...alert, headline: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('alert.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          maxLength={5_000}
          value={alert.description}
          onChange={(e) => onChange({ ...alert, description: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-instruction`}>{t('alert.instruction')}</label>
        <textarea
          id={`${id}-instruction`}
          rows={2}
          maxLength={5_000}
          value={alert.instruction}
          onChange={(e) => onChange({ ...alert, instruction: e.target.value })}
        />
      </div>
      <div className="form form-row">
        <div className="field">
          <label htmlFor={`${id}-severity`}>{t('alert.severity')}</label>
          <select
            id={`${id}-severity`}
            value={alert.severity}
            onChange={(e) =>
              onChange({ ...alert, severity: SEVERITIES.find((s) => s === e.target.value) ?? alert.severity })
            }
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`capSeverity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-urgency`}>{t('alert.urgency')}</label>
          <select
            id={`${id}-urgency`}
            value={alert.urgency}
            onChange={(e) =>
              onChange({ ...alert, urgency: URGENCIES.find((u) => u === e.target.value) ?? alert.urgency })
            }
          >
            {URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(`capUrgency.${u}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

function TriggerFields({
  trigger,
  readOnly,
  onChange,
  onRemove,
}: {
  trigger: TriggerPoint;
  readOnly: boolean;
  onChange: (trigger: TriggerPoint) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const name = trigger.name || t('events.ops.triggers.unnamed');
  return (
    <li className="trigger-point" data-testid="trigger-point" data-metric={trigger.metric}>
      <fieldset disabled={readOnly}>
        <legend className="visually-hidden">{name}</legend>
        <div className="form form-row">
          <div className="field grow">
            <label htmlFor={`${id}-name`}>{t('events.ops.triggers.name')}</label>
            <input
              id={`${id}-name`}
              required
              maxLength={MAX_NAME_LENGTH}
              value={trigger.name}
              aria-invalid={trigger.name.trim() === ''}
              onChange={(e) => onChange({ ...trigger, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-metric`}>{t('events.ops.triggers.metric')}</label>
            <select
              id={`${id}-metric`}
              value={trigger.metric}
              onChange={(e) =>
                onChange({ ...trigger, metric: METRICS.find((m) => m === e.target.value) ?? trigger.metric })
              }
            >
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`events.ops.triggers.metricName.${m}`)}
                </option>
              ))}
            </select>
          </div>
          <ThresholdField trigger={trigger} onChange={(threshold) => onChange({ ...trigger, threshold })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('events.ops.triggers.action')}</label>
          <textarea
            id={`${id}-action`}
            rows={2}
            maxLength={5_000}
            value={trigger.action}
            onChange={(e) => onChange({ ...trigger, action: e.target.value })}
          />
        </div>
        <div className="field-inline">
          <input
            id={`${id}-alert`}
            type="checkbox"
            checked={trigger.alert !== null}
            onChange={(e) =>
              onChange({
                ...trigger,
                alert: e.target.checked ? TriggerAlert.parse({ headline: trigger.name.slice(0, 160) }) : null,
              })
            }
          />
          <label htmlFor={`${id}-alert`}>{t('events.ops.triggers.withAlert')}</label>
        </div>
        {trigger.alert && (
          <AlertTemplateFields alert={trigger.alert} onChange={(alert) => onChange({ ...trigger, alert })} />
        )}
      </fieldset>
      {!readOnly && (
        <button
          type="button"
          className="button-quiet"
          onClick={onRemove}
          aria-label={t('events.ops.triggers.removeLabel', { name })}
        >
          {t('events.ops.remove')}
        </button>
      )}
    </li>
  );
}

function NewTrigger({ onAdd }: { onAdd: (name: string) => void }) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <form className="form form-row" onSubmit={submit}>
      <div className="field grow">
        <label htmlFor={`${id}-name`}>{t('events.ops.triggers.newName')}</label>
        <input
          id={`${id}-name`}
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" disabled={name.trim() === ''}>
        {t('events.ops.triggers.add')}
      </button>
    </form>
  );
}

/**
 * The trigger points of the emergency procedures: each reached when the live density (persons/m²) or
 * occupancy (persons) is at or above its threshold, the action it calls for, and optionally the words of
 * the public alert drafted when it is reached.
 */
export function TriggerPoints({ triggers, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const add = (name: string) =>
    onChange([
      ...triggers,
      { id: newItemId(), name, metric: 'density', threshold: 4, action: '', alert: null },
    ]);
  return (
    <section className="card worksheet" aria-labelledby="triggers-title" data-testid="trigger-points">
      <h3 id="triggers-title">{t('events.ops.triggers.title')}</h3>
      <p className="hint">{t('events.ops.triggers.intro')}</p>
      {triggers.length === 0 ? (
        <p className="empty">{t('events.ops.triggers.empty')}</p>
      ) : (
        <ol className="worksheet-list">
          {triggers.map((trigger) => (
            <TriggerFields
              key={trigger.id}
              trigger={trigger}
              readOnly={readOnly}
              onChange={(next) => onChange(triggers.map((x) => (x.id === trigger.id ? next : x)))}
              onRemove={() => onChange(triggers.filter((x) => x.id !== trigger.id))}
            />
          ))}
        </ol>
      )}
      {!readOnly && triggers.length < MAX_TRIGGERS && <NewTrigger onAdd={add} />}
    </section>
  );
}
