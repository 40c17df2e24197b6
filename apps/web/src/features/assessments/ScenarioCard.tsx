import {
  MAX_ASSESSMENT_TEXT,
  Occasion,
  type ExistingMeasure,
  type Scenario,
  type ScoreSuggestion,
  type Threat,
} from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { RiskBandChip } from './RiskBandChip.tsx';
import { bandOf, riskOf } from '@pactesur/assessment';
import { ScoreRadios } from './ScoreRadios.tsx';

interface Props {
  readonly threat: Threat;
  /** The scenario as written so far; null while nobody has touched this threat type. */
  readonly scenario: Scenario | null;
  readonly suggestions: readonly ScoreSuggestion[];
  readonly existing: readonly ExistingMeasure[];
  readonly readOnly: boolean;
  readonly onChange: (patch: Partial<Omit<Scenario, 'threat'>>) => void;
  readonly onClear: () => void;
}

/** Whether anything of a scenario has been filled in (there is something to clear). */
const touched = (s: Scenario): boolean =>
  s.likelihood !== null ||
  s.impact !== null ||
  [s.who, s.how, s.where, s.likelihoodWhy, s.impactWhy].some((x) => x.trim() !== '') ||
  s.evidence.length > 0 ||
  s.existingMeasureIds.length > 0;

/** A suggestion of the indicators next to a score, with the button that takes it. */
function Suggestion({
  suggestion,
  current,
  readOnly,
  onTake,
}: {
  suggestion: ScoreSuggestion;
  current: number | null;
  readOnly: boolean;
  onTake: () => void;
}) {
  const { t } = useI18n();
  return (
    <p
      className="suggestion"
      data-testid="suggestion"
      data-field={suggestion.field}
      data-value={suggestion.value}
    >
      {t('scenario.suggested', { value: suggestion.value, indicator: t(`indicator.${suggestion.from}`) })}{' '}
      {!readOnly && current !== suggestion.value && (
        <button
          type="button"
          className="button-quiet"
          aria-label={t('scenario.useSuggestionLabel', {
            field: t(`scenario.${suggestion.field}`).toLowerCase(),
            value: suggestion.value,
          })}
          onClick={onTake}
        >
          {t('scenario.useSuggestion', { value: suggestion.value })}
        </button>
      )}
    </p>
  );
}

/**
 * One threat type's scenario: its likelihood and impact with their justification and the indicators'
 * suggestions, the live risk and band; who, how, when and where, the evidence, the existing measures it
 * meets. Left untouched, the threat type stays unscored.
 */
export function ScenarioCard({
  threat,
  scenario,
  suggestions,
  existing,
  readOnly,
  onChange,
  onClear,
}: Props) {
  const id = useId();
  const { t } = useI18n();
  const s = scenario;
  const risk = s && s.likelihood !== null && s.impact !== null ? riskOf(s.likelihood, s.impact) : null;
  const mine = suggestions.filter((x) => x.threat === threat);
  const scoreBlock = (field: 'likelihood' | 'impact') => {
    const value = s?.[field] ?? null;
    const why = field === 'likelihood' ? 'likelihoodWhy' : 'impactWhy';
    return (
      <div className="score-block">
        <ScoreRadios field={field} value={value} onChange={(v) => onChange({ [field]: v })} />
        {mine
          .filter((x) => x.field === field)
          .map((x) => (
            <Suggestion
              key={x.from}
              suggestion={x}
              current={value}
              readOnly={readOnly}
              onTake={() => onChange({ [field]: x.value })}
            />
          ))}
        <div className="field">
          <label htmlFor={`${id}-${why}`}>{t(`scenario.${why}`)}</label>
          <textarea
            id={`${id}-${why}`}
            rows={2}
            maxLength={MAX_ASSESSMENT_TEXT}
            value={s?.[why] ?? ''}
            onChange={(e) => onChange({ [why]: e.target.value })}
          />
        </div>
      </div>
    );
  };
  const text = (
    field: 'who' | 'how' | 'where',
    label: 'scenario.who' | 'scenario.how' | 'scenario.where',
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      <textarea
        id={`${id}-${field}`}
        rows={2}
        maxLength={MAX_ASSESSMENT_TEXT}
        value={s?.[field] ?? ''}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </div>
  );
  const met = new Set(s?.existingMeasureIds ?? []);
  return (
    <section
      className="scenario-card"
      aria-labelledby={`${id}-title`}
      data-testid="scenario-card"
      data-threat={threat}
      data-risk={risk ?? ''}
    >
      <header className="scenario-header">
        <h3 id={`${id}-title`}>{t(`threatType.${threat}`)}</h3>
        <p className="scenario-risk" data-testid="scenario-risk">
          <span className="visually-hidden">{t('scenario.risk')}: </span>
          {risk === null ? (
            <span className="badge">{t('scenario.notScored')}</span>
          ) : (
            <RiskBandChip band={bandOf(risk)} risk={risk} />
          )}
        </p>
      </header>
      <fieldset className="step-fields" disabled={readOnly}>
        <div className="field">
          <label htmlFor={`${id}-when`}>{t('scenario.when')}</label>
          <select
            id={`${id}-when`}
            value={s?.when ?? 'normal-day'}
            onChange={(e) => onChange({ when: Occasion.parse(e.target.value) })}
          >
            {Occasion.options.map((o) => (
              <option key={o} value={o}>
                {t(`occasion.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="score-pair">
          {scoreBlock('likelihood')}
          {scoreBlock('impact')}
        </div>
        <details
          className="scenario-more"
          open={Boolean(s && (s.who || s.how || s.where || s.evidence.length > 0))}
        >
          <summary>{t('scenario.describe')}</summary>
          {text('who', 'scenario.who')}
          {text('how', 'scenario.how')}
          {text('where', 'scenario.where')}
          <EvidenceList
            evidence={s?.evidence ?? []}
            readOnly={readOnly}
            onChange={(evidence) => onChange({ evidence })}
          />
          <fieldset className="measures-met">
            <legend>{t('scenario.measuresMet')}</legend>
            {existing.length === 0 && <p className="empty">{t('scenario.noExisting')}</p>}
            <div className="check-grid">
              {existing.map((m) => (
                <label key={m.id} className="check">
                  <input
                    type="checkbox"
                    checked={met.has(m.id)}
                    onChange={(e) =>
                      onChange({
                        existingMeasureIds: e.target.checked
                          ? [...met, m.id]
                          : [...met].filter((x) => x !== m.id),
                      })
                    }
                  />
                  <span>
                    {m.description}
                    <span className="check-meta">{t(`measureKind.${m.kind}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </details>
        {!readOnly && s && touched(s) && (
          <div className="actions">
            <button type="button" className="button-quiet" onClick={onClear}>
              {t('scenario.clear')}
            </button>
          </div>
        )}
      </fieldset>
    </section>
  );
}
