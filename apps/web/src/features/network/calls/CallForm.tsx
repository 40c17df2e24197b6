import { CallJoinRole, MAX_NAME_LENGTH, type Call, type SaveCallInput } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { CheckField } from '../../../ui/CheckField.tsx';
import { DateTimeFields } from '../../../ui/DateTimeFields.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { InputField } from '../../../ui/InputField.tsx';
import { NumberField } from '../../../ui/NumberField.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { callProblems, criterionProblems, draftOf, saveOf, type CallDraft } from './callDraft.ts';
import { CriterionRows } from './CriterionRows.tsx';

interface Props {
  /** The call to edit, or null for a new one. */
  readonly call: Call | null;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onSave: (body: SaveCallInput) => void;
  readonly onCancel: () => void;
}

/**
 * The editor of a call for expressions of interest: its title and description, its criteria, the deadline
 * (a date and a time in the reader's time zone), the places, the role the organisations selected take, and
 * whether it is published (readable by everyone and open to applications).
 */
export function CallForm({ call, busy, error, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<CallDraft>(() => draftOf(call));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<CallDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = callProblems(draft, new Date(), call?.deadline ?? null);
  const rows = criterionProblems(draft);
  const shown = tried ? problems : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0 && rows.every((r) => r.length === 0)) onSave(saveOf(draft));
  };

  return (
    <form
      className="form card"
      onSubmit={submit}
      noValidate
      data-testid="call-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {call ? t('network.calls.form.editTitle', { title: call.title }) : t('network.calls.form.newTitle')}
      </h3>
      <InputField
        label="network.calls.form.title"
        name="title"
        required
        maxLength={MAX_NAME_LENGTH}
        value={draft.title}
        invalid={shown.includes('title')}
        onChange={(title) => set({ title })}
      />
      {shown.includes('title') && (
        <p className="field-problem" role="alert">
          {t('network.calls.form.problem.title')}
        </p>
      )}
      <TextAreaField
        label="network.calls.form.description"
        hint="network.calls.form.descriptionHint"
        name="description"
        rows={5}
        maxLength={10_000}
        value={draft.description}
        onChange={(description) => set({ description })}
      />
      <CriterionRows
        rows={draft.criteria}
        problems={tried ? rows : []}
        onChange={(criteria) => set({ criteria })}
      />
      <DateTimeFields
        dateLabel="network.calls.form.deadlineDate"
        timeLabel="network.calls.form.deadlineTime"
        hint={t('network.calls.form.deadlineHint', {
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        })}
        name="deadline"
        required
        date={draft.deadlineDate}
        time={draft.deadlineTime}
        invalid={shown.includes('deadline') || shown.includes('deadlinePast')}
        onDate={(deadlineDate) => set({ deadlineDate })}
        onTime={(deadlineTime) => set({ deadlineTime })}
      />
      {(['deadline', 'deadlinePast'] as const)
        .filter((p) => shown.includes(p))
        .map((p) => (
          <p key={p} className="field-problem" role="alert">
            {t(`network.calls.form.problem.${p}`)}
          </p>
        ))}
      <div className="form-row form">
        <NumberField
          label="network.calls.form.places"
          value={draft.places}
          onChange={(places) => set({ places })}
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          required
          invalid={shown.includes('places')}
          describedBy={`${id}-places-hint`}
        />
        <SelectField
          label="network.calls.form.joinAs"
          name="joinAs"
          options={CallJoinRole.options}
          optionName={(r) => t(`networkRole.${r}`)}
          value={draft.joinAs}
          onChange={(joinAs) => set({ joinAs })}
        />
      </div>
      <p className={shown.includes('places') ? 'field-problem' : 'hint'} id={`${id}-places-hint`}>
        {shown.includes('places')
          ? t('network.calls.form.problem.places')
          : t('network.calls.form.placesHint')}
      </p>
      <CheckField
        label="network.calls.form.published"
        hint="network.calls.form.publishedHint"
        checked={draft.published}
        onChange={(published) => set({ published })}
      />
      {shown.includes('criteria') && (
        <p className="field-problem" role="alert">
          {t('network.calls.form.problem.criteria')}
        </p>
      )}
      <ErrorMessage error={error} />
      <FormActions
        busy={busy}
        submitLabel={call ? 'common.save' : 'network.calls.form.create'}
        onCancel={onCancel}
      />
    </form>
  );
}
