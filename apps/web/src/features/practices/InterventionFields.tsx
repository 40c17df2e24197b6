import { ContentChecks } from './ContentChecks.tsx';
import { EditSection } from './EditSection.tsx';
import { writingSource, type SectionEditorProps } from './editorProps.ts';
import { LineField } from './LineField.tsx';
import { PartnerRows } from './PartnerRows.tsx';
import { TextField } from './TextField.tsx';

/** The intervention: objectives, method, functions, types of solution, partners, audience, timeline. */
export function InterventionFields(props: SectionEditorProps) {
  const { content: c, change } = props;
  return (
    <EditSection section="intervention">
      <TextField {...props} field="objectives" />
      <TextField {...props} field="method" hint="practiceEdit.methodHint" rows={6} />
      {writingSource(props) && (
        <>
          <ContentChecks {...props} fields={['functions', 'solutionTypes']} />
          <PartnerRows partners={c.partners} onChange={(partners) => change({ partners })} />
          <LineField
            label="practiceField.audience"
            value={c.audience}
            onChange={(audience) => change({ audience })}
          />
        </>
      )}
      <TextField {...props} field="timeline" />
    </EditSection>
  );
}
