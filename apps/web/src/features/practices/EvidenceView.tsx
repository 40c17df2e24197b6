import type { PracticeContent } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FieldRow } from './FieldRow.tsx';
import { TextRow } from './TextRow.tsx';
import { ViewSection } from './ViewSection.tsx';

/** What is known of its effects: the evaluation and its evaluator, results, effectiveness, unintended effects. */
export function EvidenceView({ content: c }: { content: PracticeContent }) {
  const { t } = useI18n();
  return (
    <ViewSection section="evidence" filled>
      <FieldRow label="practiceField.evaluation" shown>
        {t(`practiceEvaluation.${c.evaluation}`)}
      </FieldRow>
      <FieldRow label="practiceField.evaluator" shown={c.evaluator !== ''}>
        {c.evaluator}
      </FieldRow>
      <TextRow label="practiceField.results" m={c.results} />
      <TextRow label="practiceField.effectiveness" m={c.effectiveness} />
      <TextRow label="practiceField.unintendedEffects" m={c.unintendedEffects} />
    </ViewSection>
  );
}
