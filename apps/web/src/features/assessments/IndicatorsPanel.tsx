import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';
import type { AssessmentForm } from './useAutosave.ts';

/**
 * What the platform computes instead of asking (ASSESSMENT.md): vehicle accessibility and energy, crowd
 * exposure, built measures, each with its sources; computed again on request, overridden with a reason.
 */
export function IndicatorsPanel({ form, readOnly }: { form: AssessmentForm; readOnly: boolean }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const refresh = useAction();
  const { id, indicators } = form.assessment;
  return (
    <section className="indicators" aria-labelledby="indicators-title" data-testid="indicators">
      <div className="section-header">
        <h3 id="indicators-title">{t('indicators.title')}</h3>
        {!readOnly && (
          <button
            type="button"
            disabled={refresh.busy}
            onClick={() =>
              void refresh.run(async () => {
                await form.run(() => api.refreshAssessmentIndicators(id));
                announce(t('indicators.refreshed'));
              })
            }
          >
            {t('indicators.refresh')}
          </button>
        )}
      </div>
      <p className="hint">{t('indicators.intro')}</p>
      <ErrorMessage error={refresh.error} />
      {indicators.length === 0 && <p className="empty">{t('indicators.empty')}</p>}
      <div className="indicator-grid">
        {indicators.map((i) => (
          <IndicatorCard
            key={i.key}
            indicator={i}
            readOnly={readOnly}
            onOverride={async (key, override) => {
              await form.run(() => api.overrideAssessmentIndicator(id, key, override));
              announce(t('indicator.overrideSaved'));
            }}
            onClear={async (key) => {
              await form.run(() => api.clearAssessmentOverride(id, key));
              announce(t('indicator.overrideRemoved'));
            }}
          />
        ))}
      </div>
    </section>
  );
}
