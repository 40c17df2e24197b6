import { ContentChecks } from './ContentChecks.tsx';
import { EditSection } from './EditSection.tsx';
import { writingSource, type SectionEditorProps } from './editorProps.ts';
import { TextField } from './TextField.tsx';

/** The problem and its context: the problem statement, threats, types of place and event, the local context. */
export function ProblemFields(props: SectionEditorProps) {
  return (
    <EditSection section="problem">
      <TextField {...props} field="problem" rows={5} />
      {writingSource(props) && <ContentChecks {...props} fields={['threats', 'placeTypes', 'eventTypes']} />}
      <TextField {...props} field="context" />
    </EditSection>
  );
}
