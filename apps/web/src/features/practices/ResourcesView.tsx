import type { PracticeContent } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FieldRow } from './FieldRow.tsx';
import { sectionFilled } from './sections.ts';
import { ViewSection } from './ViewSection.tsx';

/** What it took: the cost band, the funding source, the staff effort. */
export function ResourcesView({ content: c }: { content: PracticeContent }) {
  const { t } = useI18n();
  return (
    <ViewSection section="resources" filled={sectionFilled(c, 'resources')}>
      <FieldRow label="practiceField.costBand" shown={c.costBand !== null}>
        {c.costBand && t(`practiceCost.${c.costBand}`)}
      </FieldRow>
      <FieldRow label="practiceField.funding" shown={c.funding !== ''}>
        {c.funding}
      </FieldRow>
      <FieldRow label="practiceField.staffEffort" shown={c.staffEffort !== ''}>
        {c.staffEffort}
      </FieldRow>
    </ViewSection>
  );
}
