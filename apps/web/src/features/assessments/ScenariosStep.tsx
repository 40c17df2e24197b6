import { THREATS } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ScenarioCard } from './ScenarioCard.tsx';
import { withScenario } from './scenarios.ts';
import type { StepProps } from './StepProps.ts';

/** Step 4: one card per threat type, in the method's order; each can be scored or left unscored. */
export function ScenariosStep({ form, readOnly }: StepProps) {
  const { t } = useI18n();
  const { scenarios, existingMeasures } = form.draft.content;
  const scored = scenarios.filter((s) => s.likelihood !== null && s.impact !== null).length;
  return (
    <>
      <p className="meta">{t('scenario.scoredCount', { count: scored, total: THREATS.length })}</p>
      <div className="scenario-list">
        {THREATS.map((threat) => (
          <ScenarioCard
            key={threat}
            threat={threat}
            scenario={scenarios.find((s) => s.threat === threat) ?? null}
            suggestions={form.assessment.suggestions}
            existing={existingMeasures}
            readOnly={readOnly}
            onChange={(patch) =>
              form.editContent((c) => ({ scenarios: withScenario(c.scenarios, threat, patch) }))
            }
            onClear={() =>
              form.editContent((c) => ({ scenarios: c.scenarios.filter((s) => s.threat !== threat) }))
            }
          />
        ))}
      </div>
    </>
  );
}
