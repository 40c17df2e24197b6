import { ASSESSMENT_STEPS, type AssessmentStep } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly current: AssessmentStep;
  readonly onChoose: (step: AssessmentStep) => void;
}

/** The steps of the guided form in order, the current one marked; any step can be opened from here. */
export function AssessmentStepper({ current, onChoose }: Props) {
  const { t } = useI18n();
  const at = ASSESSMENT_STEPS.indexOf(current);
  return (
    <nav className="stepper" aria-label={t('assessment.stepsLabel')}>
      <ol>
        {ASSESSMENT_STEPS.map((step, i) => (
          <li key={step} className={i === at ? 'stepper-current' : i < at ? 'stepper-done' : undefined}>
            <button
              type="button"
              className="stepper-button"
              aria-current={i === at ? 'step' : undefined}
              data-step={step}
              onClick={() => onChoose(step)}
            >
              <span className="stepper-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`assessmentStep.${step}`)}
            </button>
          </li>
        ))}
      </ol>
      <p className="meta">{t('assessment.stepOf', { n: at + 1, count: ASSESSMENT_STEPS.length })}</p>
    </nav>
  );
}
