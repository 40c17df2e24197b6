import { ActivityKind, DatePrecision, type Activity, type SaveActivityInput } from '@pactesur/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { CheckField } from '../../../ui/CheckField.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { InputField } from '../../../ui/InputField.tsx';
import { LabelledField } from '../../../ui/LabelledField.tsx';
import { NumberField } from '../../../ui/NumberField.tsx';
import { draftOf, draftProblems, saveOf, withPrecision, type ActivityDraft } from './activityDraft.ts';

interface Props {
  /** The activity to edit, or null for a new one. */
  readonly activity: Activity | null;
  /** The countries to offer: those of the network's members (and the activity's own). */
  readonly countries: readonly string[];
  readonly busy: boolean;
  readonly error: unknown;
  readonly onSave: (body: SaveActivityInput) => void;
  readonly onCancel: () => void;
}

const DATE_INPUT = { day: 'date', month: 'month', year: 'number' } as const;

/**
 * The form of an activity of the network's programme: its kind, title and description, its dates as precisely
 * as they are known, its place (and for an exchange of officers, the mass event), whether the public sees it,
 * and the places open to registration.
 */
export function ActivityForm({ activity, countries, busy, error, onSave, onCancel }: Props) {
  const { t, countryName, locale } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<ActivityDraft>(() => draftOf(activity));
  const [tried, setTried] = useState(false);
  const problems = draftProblems(draft);
  const shown = tried ? problems : [];
  const set = (patch: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const choices = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const all = new Set([...countries, ...(draft.country ? [draft.country] : [])]);
    return [...all].sort((a, b) => collator.compare(countryName(a), countryName(b)));
  }, [countries, draft.country, countryName, locale]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0) onSave(saveOf(draft));
  };
  // A month field is plain text in browsers without a month picker: its placeholder shows how to write it.
  const dateAttributes =
    draft.precision === 'year'
      ? { inputMode: 'numeric' as const, min: 2000, max: 2100, step: 1 }
      : draft.precision === 'month'
        ? { placeholder: t('network.activityForm.monthFormat'), pattern: '\\d{4}-\\d{2}' }
        : {};

  return (
    <form
      className="form card"
      onSubmit={submit}
      noValidate
      data-testid="activity-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {activity
          ? t('network.programme.editTitle', { title: activity.title })
          : t('network.programme.newTitle')}
      </h3>
      <div className="form-row form">
        <LabelledField label="network.activityForm.kind">
          {(fieldId) => (
            <select
              id={fieldId}
              name="kind"
              value={draft.kind}
              onChange={(e) => set({ kind: ActivityKind.parse(e.target.value) })}
            >
              {ActivityKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`activityKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        <LabelledField label="network.activityForm.title" className="field grow">
          {(fieldId) => (
            <input
              id={fieldId}
              name="title"
              required
              maxLength={200}
              value={draft.title}
              aria-invalid={shown.includes('title')}
              aria-describedby={shown.includes('title') ? `${id}-problem-title` : undefined}
              onChange={(e) => set({ title: e.target.value })}
            />
          )}
        </LabelledField>
      </div>
      {shown.includes('title') && (
        <p className="field-problem" id={`${id}-problem-title`}>
          {t('network.activityForm.problem.title')}
        </p>
      )}
      <LabelledField label="network.activityForm.description">
        {(fieldId) => (
          <textarea
            id={fieldId}
            name="description"
            rows={3}
            maxLength={5000}
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </LabelledField>
      <div className="form-row form">
        <LabelledField label="network.activityForm.precision">
          {(fieldId) => (
            <select
              id={fieldId}
              name="precision"
              value={draft.precision}
              onChange={(e) => setDraft((d) => withPrecision(d, DatePrecision.parse(e.target.value)))}
            >
              {DatePrecision.options.map((p) => (
                <option key={p} value={p}>
                  {t(`datePrecision.${p}`)}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        <InputField
          label="network.activityForm.start"
          name="start"
          type={DATE_INPUT[draft.precision]}
          required
          {...dateAttributes}
          value={draft.start}
          invalid={shown.includes('start')}
          onChange={(start) => set({ start })}
        />
        <InputField
          label="network.activityForm.end"
          hint="network.activityForm.endHint"
          name="end"
          type={DATE_INPUT[draft.precision]}
          {...dateAttributes}
          value={draft.end}
          invalid={shown.includes('end')}
          onChange={(end) => set({ end })}
        />
      </div>
      {(['start', 'end'] as const)
        .filter((p) => shown.includes(p))
        .map((p) => (
          <p key={p} className="field-problem" role="alert">
            {t(`network.activityForm.problem.${p}`)}
          </p>
        ))}
      <div className="form-row form">
        <InputField
          label="network.activityForm.city"
          name="city"
          maxLength={200}
          value={draft.city}
          onChange={(city) => set({ city })}
        />
        <LabelledField label="network.activityForm.country">
          {(fieldId) => (
            <select
              id={fieldId}
              name="country"
              value={draft.country}
              onChange={(e) => set({ country: e.target.value })}
            >
              <option value="">{t('network.activityForm.noCountry')}</option>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        {draft.kind === 'exchange' && (
          <InputField
            label="network.activityForm.massEvent"
            hint="network.activityForm.massEventHint"
            name="massEvent"
            maxLength={200}
            value={draft.massEvent}
            onChange={(massEvent) => set({ massEvent })}
          />
        )}
      </div>
      <CheckField
        label="network.activityForm.public"
        hint="network.activityForm.publicHint"
        checked={draft.public}
        onChange={(value) => set({ public: value })}
      />
      <NumberField
        label="network.activityForm.places"
        value={draft.places}
        onChange={(places) => set({ places })}
        inputMode="numeric"
        min={1}
        max={10_000}
        step={1}
        invalid={shown.includes('places')}
        describedBy={`${id}-places-hint`}
      />
      <p className="hint" id={`${id}-places-hint`}>
        {shown.includes('places')
          ? t('network.activityForm.problem.places')
          : t('network.activityForm.placesHint')}
      </p>
      <ErrorMessage error={error} />
      <FormActions
        busy={busy}
        submitLabel={activity ? 'common.save' : 'network.activityForm.create'}
        onCancel={onCancel}
      />
    </form>
  );
}
