import { CostBand } from '@pactesur/contracts';
import { EditSection } from './EditSection.tsx';
import type { SectionEditorProps } from './editorProps.ts';
import { LineField } from './LineField.tsx';
import { NameSelect } from './NameSelect.tsx';

/** The resources: cost band, funding source, staff effort (none of them translated). */
export function ResourcesFields({ content: c, change }: SectionEditorProps) {
  return (
    <EditSection section="resources">
      <NameSelect
        label="practiceField.costBand"
        list="cost"
        options={CostBand.options}
        value={c.costBand}
        optional
        onChange={(costBand) => change({ costBand })}
      />
      <LineField
        label="practiceField.funding"
        value={c.funding}
        onChange={(funding) => change({ funding })}
      />
      <LineField
        label="practiceField.staffEffort"
        value={c.staffEffort}
        onChange={(staffEffort) => change({ staffEffort })}
      />
    </EditSection>
  );
}
