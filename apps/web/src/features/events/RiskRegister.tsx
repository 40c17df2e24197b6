import { bandOf, riskOf } from '@pactesur/assessment';
import { MAX_NAME_LENGTH, Threat, type PlanFeature, type RiskEntry } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { newItemId } from '../assessments/itemId.ts';
import { RiskBandChip } from '../assessments/RiskBandChip.tsx';
import { ScoreSelect } from '../assessments/ScoreSelect.tsx';
import { MAX_RISKS } from './RiskImport.ts';
import { RiskAssessmentImport } from './RiskAssessmentImport.tsx';
import { WorksheetFeatures } from './WorksheetFeatures.tsx';

interface Props {
  readonly risks: readonly RiskEntry[];
  readonly features: readonly PlanFeature[];
  readonly siteId: string;
  readonly readOnly: boolean;
  readonly onChange: (risks: RiskEntry[]) => void;
}

function RiskFields({
  risk,
  features,
  readOnly,
  onChange,
  onRemove,
}: {
  risk: RiskEntry;
  features: readonly PlanFeature[];
  readOnly: boolean;
  onChange: (risk: RiskEntry) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const value = riskOf(risk.likelihood, risk.impact);
  const band = bandOf(value);
  const threat = Threat.safeParse(risk.fromAssessment?.threat);
  const name = risk.hazard || t('events.ops.risks.unnamed');
  return (
    <li
      className="risk-entry"
      data-testid="risk-entry"
      data-risk={value}
      data-band={band}
      data-from-assessment={risk.fromAssessment ? 'true' : 'false'}
    >
      <div className="risk-entry-head">
        <RiskBandChip band={band} risk={value} />
        <span className="meta">
          {t('events.ops.risks.formula', { likelihood: risk.likelihood, impact: risk.impact, risk: value })}
        </span>
        {threat.success && (
          <span className="tag">
            {t('events.ops.risks.fromAssessment', { threat: t(`threatType.${threat.data}`) })}
          </span>
        )}
      </div>
      <fieldset className="form form-row" disabled={readOnly}>
        <legend className="visually-hidden">{name}</legend>
        <div className="field grow">
          <label htmlFor={`${id}-hazard`}>{t('events.ops.risks.hazard')}</label>
          <input
            id={`${id}-hazard`}
            required
            maxLength={MAX_NAME_LENGTH}
            value={risk.hazard}
            aria-invalid={risk.hazard.trim() === ''}
            onChange={(e) => onChange({ ...risk, hazard: e.target.value })}
          />
        </div>
        <ScoreSelect
          label={t('scenario.likelihood')}
          value={risk.likelihood}
          emptyLabel={t('events.ops.risks.choose')}
          optionLabel={(s) => `${s} — ${t(`likelihood.${s as 1 | 2 | 3 | 4 | 5}`)}`}
          onChange={(v) => v !== null && onChange({ ...risk, likelihood: v })}
        />
        <ScoreSelect
          label={t('scenario.impact')}
          value={risk.impact}
          emptyLabel={t('events.ops.risks.choose')}
          optionLabel={(s) => `${s} — ${t(`impact.${s as 1 | 2 | 3 | 4 | 5}`)}`}
          onChange={(v) => v !== null && onChange({ ...risk, impact: v })}
        />
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('events.ops.risks.owner')}</label>
          <input
            id={`${id}-owner`}
            maxLength={MAX_NAME_LENGTH}
            value={risk.owner}
            onChange={(e) => onChange({ ...risk, owner: e.target.value })}
          />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-controls`}>{t('events.ops.risks.controls')}</label>
          <textarea
            id={`${id}-controls`}
            rows={2}
            maxLength={5_000}
            value={risk.controls}
            onChange={(e) => onChange({ ...risk, controls: e.target.value })}
          />
        </div>
      </fieldset>
      <WorksheetFeatures
        features={features}
        value={risk.features}
        label={t('events.ops.features.of', { what: name })}
        readOnly={readOnly}
        onChange={(ids) => onChange({ ...risk, features: ids })}
      />
      {!readOnly && (
        <button
          type="button"
          className="button-quiet"
          onClick={onRemove}
          aria-label={t('events.ops.risks.removeLabel', { name })}
        >
          {t('events.ops.remove')}
        </button>
      )}
    </li>
  );
}

/** A new risk: its hazard named first (a risk needs one), scored 3 × 3 until the team scores it. */
function NewRisk({ onAdd }: { onAdd: (hazard: string) => void }) {
  const id = useId();
  const { t } = useI18n();
  const [hazard, setHazard] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (hazard.trim() === '') return;
    onAdd(hazard.trim());
    setHazard('');
  };
  return (
    <form className="form form-row" onSubmit={submit}>
      <div className="field grow">
        <label htmlFor={`${id}-hazard`}>{t('events.ops.risks.newHazard')}</label>
        <input
          id={`${id}-hazard`}
          maxLength={MAX_NAME_LENGTH}
          value={hazard}
          onChange={(e) => setHazard(e.target.value)}
        />
      </div>
      <button type="submit" disabled={hazard.trim() === ''}>
        {t('events.ops.risks.add')}
      </button>
    </form>
  );
}

/**
 * The plan's risk register: each hazard with its likelihood and impact (1–5), its risk L × I in the colour
 * of its band, its controls, owner and the features it concerns; the terrorist scenarios are taken from
 * the site's vulnerability assessment.
 */
export function RiskRegister({ risks, features, siteId, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const add = (hazard: string) =>
    onChange([
      ...risks,
      {
        id: newItemId(),
        hazard,
        likelihood: 3,
        impact: 3,
        controls: '',
        owner: '',
        features: [],
        fromAssessment: null,
      },
    ]);
  return (
    <section className="card worksheet" aria-labelledby="risks-title" data-testid="risk-register">
      <h3 id="risks-title">{t('events.ops.risks.title')}</h3>
      <p className="hint">{t('events.ops.risks.intro')}</p>
      {!readOnly && <RiskAssessmentImport siteId={siteId} risks={risks} onImport={onChange} />}
      {risks.length === 0 ? (
        <p className="empty">{t('events.ops.risks.empty')}</p>
      ) : (
        <ol className="worksheet-list">
          {risks.map((risk) => (
            <RiskFields
              key={risk.id}
              risk={risk}
              features={features}
              readOnly={readOnly}
              onChange={(next) => onChange(risks.map((r) => (r.id === risk.id ? next : r)))}
              onRemove={() => onChange(risks.filter((r) => r.id !== risk.id))}
            />
          ))}
        </ol>
      )}
      {!readOnly && risks.length < MAX_RISKS && <NewRisk onAdd={add} />}
    </section>
  );
}
