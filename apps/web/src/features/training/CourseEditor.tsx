import { CourseTheme, MAX_NAME_LENGTH, type Course, type SaveCourseInput } from '@pactesur/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { DateTimeFields } from '../../ui/DateTimeFields.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { NumberField } from '../../ui/NumberField.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { ActivityChoice } from './ActivityChoice.tsx';
import { draftOf, saveOf, type CourseDraft } from './courseDraft.ts';
import {
  COURSE_LIMITS,
  courseProblems,
  curriculumProblems,
  sessionProblems,
  trainerProblems,
  type CourseProblem,
} from './courseProblems.ts';
import { CurriculumRows } from './CurriculumRows.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { SessionRows } from './SessionRows.tsx';
import { TrainerRows } from './TrainerRows.tsx';

interface Props {
  /** The course to edit, or null for a new one. */
  readonly course: Course | null;
  /** The network whose calendar activities are offered ('' while none is chosen). */
  readonly network: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly submitLabel: MessageKey;
  readonly onSave: (body: SaveCourseInput) => void;
  readonly onCancel: () => void;
  /** Fields shown first (the choice of the network of a new course). */
  readonly children?: ReactNode;
}

/**
 * The editor of a course: what it is (title, theme, description, languages), its curriculum, trainers and
 * sessions as rows to add and remove, its places and the end of enrolment, whether it is public, whether it
 * gives certificates and for what share of the sessions, and the calendar activity it is.
 */
export function CourseEditor({
  course,
  network,
  busy,
  error,
  submitLabel,
  onSave,
  onCancel,
  children,
}: Props) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<CourseDraft>(() => draftOf(course, locale));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<CourseDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = courseProblems(draft);
  const rows = {
    sessions: sessionProblems(draft),
    curriculum: curriculumProblems(draft),
    trainers: trainerProblems(draft),
  };
  const shown = tried ? problems : [];
  const problem = (p: CourseProblem) =>
    shown.includes(p) && (
      <p className="field-problem" role="alert">
        {t(`courseEdit.problem.${p}`)}
      </p>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const rowsFine = [...rows.sessions, ...rows.curriculum, ...rows.trainers].every((r) => r.length === 0);
    if (problems.length === 0 && rowsFine) onSave(saveOf(draft));
  };

  return (
    <form
      className="form card"
      onSubmit={submit}
      noValidate
      data-testid="course-editor"
      aria-label={t(course ? 'courseEdit.editTitle' : 'courseEdit.newTitle')}
    >
      {/* A new course's page is titled by its heading already. */}
      {course && <h2>{t('courseEdit.editTitle')}</h2>}
      {children}
      <fieldset className="field">
        <legend>{t('courseEdit.about')}</legend>
        <InputField
          label="courseEdit.title"
          required
          maxLength={MAX_NAME_LENGTH}
          value={draft.title}
          invalid={shown.includes('title')}
          onChange={(title) => set({ title })}
        />
        {problem('title')}
        <SelectField
          label="courseEdit.theme"
          options={CourseTheme.options}
          optionName={(theme) => t(`courseTheme.${theme}`)}
          value={draft.theme}
          onChange={(theme) => set({ theme })}
        />
        <TextAreaField
          label="courseEdit.description"
          hint="courseEdit.descriptionHint"
          rows={5}
          maxLength={10_000}
          value={draft.description}
          onChange={(description) => set({ description })}
        />
        <LanguagePicker
          languages={draft.languages}
          invalid={shown.includes('languages')}
          onChange={(languages) => set({ languages })}
        />
        {problem('languages')}
      </fieldset>
      <CurriculumRows
        rows={draft.curriculum}
        problems={tried ? rows.curriculum : []}
        onChange={(curriculum) => set({ curriculum })}
      />
      <TrainerRows
        rows={draft.trainers}
        problems={tried ? rows.trainers : []}
        onChange={(trainers) => set({ trainers })}
      />
      <SessionRows
        rows={draft.sessions}
        problems={tried ? rows.sessions : []}
        onChange={(sessions) => set({ sessions })}
      />
      {problem('sessions')}
      <fieldset className="field">
        <legend>{t('courseEdit.enrolment')}</legend>
        <NumberField
          label="courseEdit.places"
          value={draft.places}
          onChange={(places) => set({ places })}
          inputMode="numeric"
          min={1}
          max={COURSE_LIMITS.places}
          step={1}
          required
          invalid={shown.includes('places')}
        />
        {problem('places')}
        <DateTimeFields
          dateLabel="courseEdit.closesDate"
          timeLabel="courseEdit.closesTime"
          hint={t('courseEdit.closesHint')}
          date={draft.closesDate}
          time={draft.closesTime}
          invalid={shown.includes('closes')}
          onDate={(closesDate) => set({ closesDate, closesTime: draft.closesTime || '17:00' })}
          onTime={(closesTime) => set({ closesTime })}
        />
        {problem('closes')}
        <CheckField
          label="courseEdit.public"
          hint="courseEdit.publicHint"
          checked={draft.public}
          onChange={(checked) => set({ public: checked })}
        />
        <CheckField
          label="courseEdit.certificate"
          hint="courseEdit.certificateHint"
          checked={draft.certificate}
          onChange={(certificate) => set({ certificate })}
        />
        {draft.certificate && (
          <NumberField
            label="courseEdit.attendanceRequired"
            value={draft.attendanceRequired}
            onChange={(attendanceRequired) => set({ attendanceRequired })}
            inputMode="numeric"
            min={1}
            max={100}
            step={1}
            invalid={shown.includes('attendanceRequired')}
          />
        )}
        {problem('attendanceRequired')}
      </fieldset>
      {network !== '' && (
        <ActivityChoice
          network={network}
          value={draft.activityId}
          onChange={(activityId) => set({ activityId })}
        />
      )}
      <ErrorMessage error={error} />
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
