import { EvaluationType } from '@pactesur/contracts';
import { EditSection } from './EditSection.tsx';
import { writingSource, type SectionEditorProps } from './editorProps.ts';
import { LineField } from './LineField.tsx';
import { NameSelect } from './NameSelect.tsx';
import { TextField } from './TextField.tsx';

/** The evidence: type of evaluation, evaluator, indicators and results, observed effectiveness, unintended effects. */
export function EvidenceFields(props: SectionEditorProps) {
  const { content: c, change } = props;
  return (
    <EditSection section="evidence">
      {writingSource(props) && (
        <div className="form-row">
          <NameSelect
            label="practiceField.evaluation"
            list="evaluation"
            options={EvaluationType.options}
            value={c.evaluation}
            optional={false}
            onChange={(evaluation) => evaluation && change({ evaluation })}
          />
          <LineField
            label="practiceField.evaluator"
            value={c.evaluator}
            onChange={(evaluator) => change({ evaluator })}
          />
        </div>
      )}
      <TextField {...props} field="results" />
      <TextField {...props} field="effectiveness" hint="practiceEdit.effectivenessHint" />
      <TextField {...props} field="unintendedEffects" />
    </EditSection>
  );
}
