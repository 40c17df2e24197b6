import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { EditableRows } from '../../ui/EditableRows.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { emptyTrainer, type TrainerDraft } from './courseDraft.ts';
import { COURSE_LIMITS, type TrainerProblem } from './courseProblems.ts';

interface Props {
  readonly rows: readonly TrainerDraft[];
  readonly problems: readonly (readonly TrainerProblem[])[];
  readonly onChange: (rows: TrainerDraft[]) => void;
}

/** The trainers of a course, a row each: name, organisation and expertise. */
export function TrainerRows({ rows, problems, onChange }: Props) {
  return (
    <EditableRows
      words={{
        legend: 'courseEdit.trainers',
        row: 'courseEdit.trainer',
        add: 'courseEdit.addTrainer',
        remove: 'courseEdit.removeTrainer',
        removeLabel: 'courseEdit.removeTrainerLabel',
      }}
      testId="trainer-rows"
      rowTestId="trainer-row"
      rows={rows}
      problems={problems}
      problemKey={(p) => `courseEdit.problem.trainer.${p}`}
      min={0}
      max={COURSE_LIMITS.trainers}
      empty={emptyTrainer}
      onChange={onChange}
    >
      {({ row, problems: shown, set }) => (
        <>
          <div className="form-row form">
            <InputField
              label="courseEdit.trainerName"
              grow
              maxLength={MAX_NAME_LENGTH}
              value={row.name}
              invalid={shown.includes('name')}
              onChange={(name) => set({ name })}
            />
            <InputField
              label="courseEdit.trainerOrganisation"
              grow
              maxLength={MAX_NAME_LENGTH}
              value={row.organisation}
              onChange={(organisation) => set({ organisation })}
            />
          </div>
          <InputField
            label="courseEdit.trainerExpertise"
            maxLength={500}
            value={row.expertise}
            onChange={(expertise) => set({ expertise })}
          />
        </>
      )}
    </EditableRows>
  );
}
