import type { EventProfile } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useAction } from '../../ui/useAction.ts';
import { PROFILE_CONSTANTS, profileBody, profileDraft, type ProfileDraft } from './profileForm.ts';
import type { DraftProblem } from '../../ui/draftSaver.ts';

interface Props {
  /** The profile the form starts from: the one changed, or the one a new profile copies. */
  readonly from: EventProfile;
  /** Whether the form makes a new profile (else the next version of `from`). */
  readonly isNew: boolean;
  readonly onSaved: (saved: EventProfile) => void;
  readonly onCancel: () => void;
}

/**
 * A jurisdiction's profile as a form: its name and country, and each constant with its source. Saving a
 * change makes the next version (the plans that use an older one keep it); a new profile starts from the
 * one it copies.
 */
export function ProfileEditor({ from, isNew, onSaved, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const action = useAction();
  const [draft, setDraft] = useState<ProfileDraft>(() =>
    profileDraft(from, isNew ? { name: '', country: '' } : {}),
  );
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const wrong = new Set(problems.map((p) => p.path));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const made = profileBody(draft);
    if (!made.ok) return setProblems(made.problems);
    setProblems([]);
    void action.run(async () => {
      const saved =
        isNew || from.id === null
          ? await api.createEventProfile(made.body)
          : await api.updateEventProfile(from.id, made.body);
      onSaved(saved);
    });
  };

  return (
    <form
      className="form profile-editor"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      aria-busy={action.busy}
      data-testid="profile-editor"
    >
      <h3 id={`${id}-title`}>
        {isNew ? t('eventProfiles.newTitle') : t('eventProfiles.editTitle', { name: from.name })}
      </h3>
      <p className="hint">
        {isNew
          ? t('eventProfiles.newHint', { name: from.name })
          : t('eventProfiles.editHint', { version: from.version + 1 })}
      </p>
      <div className="form form-row">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('eventProfiles.name')}</label>
          <input
            id={`${id}-name`}
            required
            maxLength={200}
            value={draft.name}
            aria-invalid={wrong.has('name')}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('eventProfiles.country')}</label>
          <input
            id={`${id}-country`}
            required
            minLength={2}
            maxLength={2}
            size={3}
            value={draft.country}
            aria-invalid={wrong.has('country')}
            aria-describedby={`${id}-country-hint`}
            onChange={(e) => setDraft({ ...draft, country: e.target.value })}
          />
          <small id={`${id}-country-hint`}>{t('eventProfiles.countryHint')}</small>
        </div>
      </div>
      <table className="table table-dense profile-constants-form">
        <caption>{t('eventProfiles.constantsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eventProfiles.col.constant')}</th>
            <th scope="col">{t('eventProfiles.col.value')}</th>
            <th scope="col">{t('eventProfiles.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {PROFILE_CONSTANTS.map((k) => (
            <tr key={k}>
              <th scope="row">
                <label htmlFor={`${id}-${k}`}>{t(`eventConstant.${k}`)}</label>{' '}
                <span className="meta">({t(`eventConstantUnit.${k}`)})</span>
              </th>
              <td>
                <input
                  id={`${id}-${k}`}
                  inputMode="decimal"
                  size={7}
                  required
                  value={draft.values[k]}
                  aria-invalid={wrong.has(`constants.${k}`)}
                  onChange={(e) => setDraft({ ...draft, values: { ...draft.values, [k]: e.target.value } })}
                />
              </td>
              <td>
                <input
                  maxLength={500}
                  aria-label={t('eventProfiles.sourceOf', { constant: t(`eventConstant.${k}`) })}
                  value={draft.sources[k]}
                  onChange={(e) => setDraft({ ...draft, sources: { ...draft.sources, [k]: e.target.value } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <div className="field-problem" role="alert">
          <p>{t('eventProfiles.invalid')}</p>
          <ul className="error-details" lang="en">
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>{`${p.path}: ${p.message}`}</li>
            ))}
          </ul>
        </div>
      )}
      <FormActions
        busy={action.busy}
        submitLabel={isNew ? 'eventProfiles.create' : 'eventProfiles.saveVersion'}
        onCancel={onCancel}
      />
      <ErrorMessage error={action.error} />
    </form>
  );
}
