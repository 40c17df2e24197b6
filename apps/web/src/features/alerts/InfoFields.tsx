import {
  CapCategoryValue,
  CapCertaintyValue,
  CapResponseValue,
  CapSeverityValue,
  CapUrgencyValue,
  MAX_NAME_LENGTH,
  type AlertInfo,
} from '@pactesur/contracts';
import { useId, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { isoOfLocal, localOfIso } from './localTime.ts';

interface Props {
  readonly info: AlertInfo;
  readonly readOnly: boolean;
  readonly onChange: (change: (info: AlertInfo) => AlertInfo) => void;
  /** The facts that differ between languages: their fields are flagged. */
  readonly differing: ReadonlySet<string>;
}

/** A labelled field with its hint under it. */
function Field({ id, label, hint, flagged, children }: { id: string; label: string; hint?: string; flagged?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={flagged ? 'field field-differs' : 'field'}>
      <label htmlFor={id}>
        {label}
        {flagged && <span className="differs-mark"> · {t('sameFacts.differs')}</span>}
      </label>
      {children}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </div>
  );
}

/** Tick boxes for a list of CAP values (categories, responses). */
function ValueChecks<V extends string>({
  legend,
  values,
  chosen,
  name,
  readOnly,
  flagged,
  onChange,
}: {
  legend: string;
  values: readonly V[];
  chosen: readonly V[];
  name: (v: V) => string;
  readOnly: boolean;
  flagged: boolean;
  onChange: (next: V[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className={flagged ? 'field-row field-differs' : 'field-row'}>
      <legend>
        {legend}
        {flagged && <span className="differs-mark"> · {t('sameFacts.differs')}</span>}
      </legend>
      <div className="check-grid">
        {values.map((v) => (
          <label key={v} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(v)}
              disabled={readOnly}
              onChange={(e) => onChange(values.filter((x) => (x === v ? e.target.checked : chosen.includes(x))))}
            />
            <span>{name(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The text of an alert in one language: what happened, the headline, description and instruction to the
 * public (typed in that language: the fields say so to spell checkers and screen readers), who sends it and
 * how to reach them, when it starts and ends, and its categories, responses, urgency, severity and
 * certainty (preset by the template). The area is given for all languages at once, only its name here.
 */
export function InfoFields({ info, readOnly, onChange, differing }: Props) {
  const id = useId();
  const { t } = useI18n();
  const set = <K extends keyof AlertInfo>(key: K, value: AlertInfo[K]) => onChange((i) => ({ ...i, [key]: value }));
  const text = (key: 'event' | 'headline' | 'senderName' | 'contact', label: MessageKey, max: number, hint?: string) => (
    <Field id={`${id}-${key}`} label={t(label)} hint={hint}>
      <input
        id={`${id}-${key}`}
        lang={info.language}
        maxLength={max}
        value={info[key]}
        readOnly={readOnly}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  );
  const select = <V extends string>(key: 'urgency' | 'severity' | 'certainty', values: readonly V[], word: (v: V) => string) => (
    <Field id={`${id}-${key}`} label={t(`alert.${key}`)} flagged={differing.has(key)}>
      <select
        id={`${id}-${key}`}
        value={info[key]}
        disabled={readOnly}
        onChange={(e) => set(key, e.target.value as AlertInfo[typeof key])}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {word(v)}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <div className="info-fields" data-testid="info-fields" data-language={info.language}>
      {text('event', 'alert.event', MAX_NAME_LENGTH)}
      {text('headline', 'alert.headline', 160, t('alert.headlineCount', { count: info.headline.length }))}
      <Field id={`${id}-instruction`} label={t('alert.instruction')} hint={t('alert.instructionHint')}>
        <textarea
          id={`${id}-instruction`}
          lang={info.language}
          rows={4}
          maxLength={5_000}
          value={info.instruction}
          readOnly={readOnly}
          aria-describedby={`${id}-instruction-hint`}
          onChange={(e) => set('instruction', e.target.value)}
        />
      </Field>
      <Field id={`${id}-description`} label={t('alert.description')}>
        <textarea
          id={`${id}-description`}
          lang={info.language}
          rows={3}
          maxLength={5_000}
          value={info.description}
          readOnly={readOnly}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <div className="form-row">
        {text('senderName', 'alert.senderName', MAX_NAME_LENGTH)}
        {text('contact', 'alert.contact', MAX_NAME_LENGTH, t('alert.contactHint'))}
      </div>
      <Field id={`${id}-web`} label={t('alert.web')} hint={t('alert.webHint')}>
        <input
          id={`${id}-web`}
          type="url"
          maxLength={2_000}
          value={info.web ?? ''}
          readOnly={readOnly}
          aria-describedby={`${id}-web-hint`}
          onChange={(e) => set('web', e.target.value.trim() === '' ? null : e.target.value.trim())}
        />
      </Field>
      <div className="form-row">
        {(['onset', 'expires'] as const).map((key) => (
          <Field
            key={key}
            id={`${id}-${key}`}
            label={t(`alert.${key}`)}
            hint={t('alert.timesHint')}
            flagged={key === 'expires' && differing.has('expires')}
          >
            <input
              id={`${id}-${key}`}
              type="datetime-local"
              value={localOfIso(info[key])}
              readOnly={readOnly}
              aria-describedby={`${id}-${key}-hint`}
              onChange={(e) => set(key, isoOfLocal(e.target.value))}
            />
          </Field>
        ))}
      </div>
      <div className="form-row">
        {select('urgency', CapUrgencyValue.options, (v) => t(`capUrgency.${v}`))}
        {select('severity', CapSeverityValue.options, (v) => t(`capSeverity.${v}`))}
        {select('certainty', CapCertaintyValue.options, (v) => t(`capCertainty.${v}`))}
      </div>
      <ValueChecks
        legend={t('alert.categories')}
        values={CapCategoryValue.options}
        chosen={info.categories}
        name={(v) => t(`capCategory.${v}`)}
        readOnly={readOnly}
        flagged={differing.has('categories')}
        onChange={(categories) => set('categories', categories)}
      />
      <ValueChecks
        legend={t('alert.responseTypes')}
        values={CapResponseValue.options}
        chosen={info.responseTypes}
        name={(v) => t(`capResponse.${v}`)}
        readOnly={readOnly}
        flagged={differing.has('responseTypes')}
        onChange={(responseTypes) => set('responseTypes', responseTypes)}
      />
      {info.areas.map((area, i) => (
        <Field key={i} id={`${id}-area-${i}`} label={t('alert.areaDesc', { language: info.language })}>
          <input
            id={`${id}-area-${i}`}
            lang={info.language}
            maxLength={MAX_NAME_LENGTH}
            value={area.areaDesc}
            readOnly={readOnly}
            onChange={(e) =>
              onChange((inf) => ({
                ...inf,
                areas: inf.areas.map((a, j) => (j === i ? { ...a, areaDesc: e.target.value } : a)),
              }))
            }
          />
        </Field>
      ))}
    </div>
  );
}
