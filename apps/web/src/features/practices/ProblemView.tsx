import type { PracticeContent } from '@pactesur/contracts';
import { NamesRow } from './NamesRow.tsx';
import { sectionFilled } from './sections.ts';
import { TextRow } from './TextRow.tsx';
import { ViewSection } from './ViewSection.tsx';

/** The problem the practice answers and its context: threats, types of place and event, the local context. */
export function ProblemView({ content: c }: { content: PracticeContent }) {
  return (
    <ViewSection section="problem" filled={sectionFilled(c, 'problem')}>
      <TextRow label="practiceField.problem" m={c.problem} />
      <NamesRow label="practiceField.threats" list="threat" values={c.threats} />
      <NamesRow label="practiceField.placeTypes" list="place" values={c.placeTypes} />
      <NamesRow label="practiceField.eventTypes" list="eventType" values={c.eventTypes} />
      <TextRow label="practiceField.context" m={c.context} />
    </ViewSection>
  );
}
