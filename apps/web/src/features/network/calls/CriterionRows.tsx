import { MAX_CALL_CRITERIA } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { EditableRows } from '../../../ui/EditableRows.tsx';
import { InputField } from '../../../ui/InputField.tsx';
import { NumberField } from '../../../ui/NumberField.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { emptyCriterion, withLabel, type CriterionDraft, type CriterionProblem } from './callDraft.ts';

interface Props {
  readonly rows: readonly CriterionDraft[];
  /** The problems of each row, shown once the form was sent. */
  readonly problems: readonly (readonly CriterionProblem[])[];
  readonly onChange: (rows: CriterionDraft[]) => void;
}

/**
 * The criteria of a call, a row each: its label (the key follows it until written by hand), the key the
 * answers are filed under, its weight in the score and the guidance shown to applicants. Rows are added up
 * to the limit and removed down to one.
 */
export function CriterionRows({ rows, problems, onChange }: Props) {
  const { t } = useI18n();
  return (
    <EditableRows
      words={{
        legend: 'network.calls.form.criteria',
        row: 'network.calls.form.criterion',
        add: 'network.calls.form.addCriterion',
        remove: 'network.calls.form.removeCriterion',
        removeLabel: 'network.calls.form.removeCriterionLabel',
      }}
      hint={t('network.calls.form.criteriaHint')}
      testId="criteria"
      rowTestId="criterion-row"
      rows={rows}
      problems={problems}
      problemKey={(p) => `network.calls.form.problem.criterion.${p}`}
      min={1}
      max={MAX_CALL_CRITERIA}
      empty={emptyCriterion}
      onChange={onChange}
    >
      {({ row, problems: shown, set }) => (
        <>
          <div className="form-row form">
            <InputField
              label="network.calls.form.criterionLabel"
              grow
              maxLength={300}
              value={row.label}
              invalid={shown.includes('label')}
              onChange={(label) => set(withLabel(row, label))}
            />
            <InputField
              label="network.calls.form.criterionKey"
              hint="network.calls.form.criterionKeyHint"
              maxLength={40}
              value={row.key}
              invalid={shown.includes('key') || shown.includes('duplicate')}
              onChange={(key) => set({ key })}
            />
            <NumberField
              label="network.calls.form.criterionWeight"
              inputMode="numeric"
              min={1}
              max={5}
              step={1}
              value={row.weight}
              invalid={shown.includes('weight')}
              onChange={(weight) => set({ weight })}
            />
          </div>
          <TextAreaField
            label="network.calls.form.criterionGuidance"
            rows={2}
            maxLength={1_000}
            value={row.guidance}
            onChange={(guidance) => set({ guidance })}
          />
        </>
      )}
    </EditableRows>
  );
}
