import type { PracticeContent } from '@pactesur/contracts';
import { FieldRow } from './FieldRow.tsx';
import { NamesRow } from './NamesRow.tsx';
import { sectionFilled } from './sections.ts';
import { TextRow } from './TextRow.tsx';
import { ViewSection } from './ViewSection.tsx';

/** What was done: objectives, method, functions, types of solution, partners, audience, timeline. */
export function InterventionView({ content: c }: { content: PracticeContent }) {
  return (
    <ViewSection section="intervention" filled={sectionFilled(c, 'intervention')}>
      <TextRow label="practiceField.objectives" m={c.objectives} />
      <TextRow label="practiceField.method" m={c.method} />
      <NamesRow label="practiceField.functions" list="function" values={c.functions} />
      <NamesRow label="practiceField.solutionTypes" list="solution" values={c.solutionTypes} />
      <FieldRow label="practiceField.partners" shown={c.partners.length > 0}>
        <ul className="practice-rows">
          {c.partners.map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong>
              {p.role !== '' && ` — ${p.role}`}
            </li>
          ))}
        </ul>
      </FieldRow>
      <FieldRow label="practiceField.audience" shown={c.audience !== ''}>
        {c.audience}
      </FieldRow>
      <TextRow label="practiceField.timeline" m={c.timeline} />
    </ViewSection>
  );
}
