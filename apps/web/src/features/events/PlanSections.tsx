import { PLAN_SECTIONS, type EventPlan, type PlanSection } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly sections: EventPlan['sections'];
  readonly editable: boolean;
  readonly onChange: (section: PlanSection, text: string) => void;
}

/**
 * The written parts of the Event Safety Management Plan, in the order of the document: outline, crowd
 * profile, organisation, crowd management, emergency procedures, traffic, medical plan, communications,
 * weather and cancellation. Each is a text saved as it is typed.
 */
export function PlanSections({ sections, editable, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="plan-sections">
      <h2 id={`${id}-title`}>{t('eventPlan.sectionsTitle')}</h2>
      <p className="hint">{t('eventPlan.sectionsHint')}</p>
      {PLAN_SECTIONS.map((s) => (
        <div className="field" key={s}>
          <label htmlFor={`${id}-${s}`}>{t(`eventSection.${s}`)}</label>
          {editable ? (
            <textarea
              id={`${id}-${s}`}
              rows={3}
              maxLength={20_000}
              value={sections[s] ?? ''}
              onChange={(e) => onChange(s, e.target.value)}
            />
          ) : (
            <p id={`${id}-${s}`} className="event-section-text">
              {sections[s]?.trim() ? sections[s] : t('common.none')}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
