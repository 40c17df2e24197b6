import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { EditableRows } from '../../ui/EditableRows.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { emptyCurriculum, type CurriculumDraft } from './courseDraft.ts';
import { COURSE_LIMITS, type CurriculumProblem } from './courseProblems.ts';

interface Props {
  readonly rows: readonly CurriculumDraft[];
  readonly problems: readonly (readonly CurriculumProblem[])[];
  readonly onChange: (rows: CurriculumDraft[]) => void;
}

/** The curriculum of a course, a row per topic: its title, its hours (in half hours) and its objectives. */
export function CurriculumRows({ rows, problems, onChange }: Props) {
  const { t } = useI18n();
  return (
    <EditableRows
      words={{
        legend: 'courseEdit.curriculum',
        row: 'courseEdit.topic',
        add: 'courseEdit.addTopic',
        remove: 'courseEdit.removeTopic',
        removeLabel: 'courseEdit.removeTopicLabel',
      }}
      hint={t('courseEdit.curriculumHint')}
      testId="curriculum-rows"
      rowTestId="curriculum-row"
      rows={rows}
      problems={problems}
      problemKey={(p) => `courseEdit.problem.topic.${p}`}
      min={0}
      max={COURSE_LIMITS.curriculum}
      empty={emptyCurriculum}
      onChange={onChange}
    >
      {({ row, problems: shown, set }) => (
        <>
          <div className="form-row form">
            <InputField
              label="courseEdit.topicTitle"
              grow
              maxLength={MAX_NAME_LENGTH}
              value={row.title}
              invalid={shown.includes('title')}
              onChange={(title) => set({ title })}
            />
            <InputField
              label="courseEdit.topicHours"
              inputMode="decimal"
              size={6}
              value={row.hours}
              invalid={shown.includes('hours')}
              onChange={(hours) => set({ hours })}
            />
          </div>
          <TextAreaField
            label="courseEdit.topicObjectives"
            rows={2}
            maxLength={2_000}
            value={row.objectives}
            onChange={(objectives) => set({ objectives })}
          />
        </>
      )}
    </EditableRows>
  );
}
