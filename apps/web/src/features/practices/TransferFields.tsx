import { EditSection } from './EditSection.tsx';
import { writingSource, type SectionEditorProps } from './editorProps.ts';
import { LegalRows } from './LegalRows.tsx';
import { TextField } from './TextField.tsx';

/** The transfer: conditions, legal prerequisites per country, lessons learned, what to do differently. */
export function TransferFields(props: SectionEditorProps) {
  const { content: c, change } = props;
  return (
    <EditSection section="transfer">
      <TextField {...props} field="conditions" />
      {writingSource(props) && (
        <LegalRows legal={c.legal} country={c.country} onChange={(legal) => change({ legal })} />
      )}
      <TextField {...props} field="lessons" />
      <TextField {...props} field="differently" />
    </EditSection>
  );
}
