import { ExerciseType, MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { isoOfLocalInput, localInputOf } from '../events/eventDates.ts';
import type { DesignDraft } from './designDraft.ts';
import { ParsedInput } from './ParsedInput.tsx';

interface Props {
  readonly draft: DesignDraft;
  readonly edit: (change: (d: DesignDraft) => DesignDraft) => void;
  readonly editable: boolean;
}

const sameTime = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/** The outline of an exercise: its name, type, dates, scope and venues. */
export function OutlineSection({ draft, edit, editable }: Props) {
  const id = useId();
  const { t } = useI18n();
  const venues = draft.design.venues;
  const setVenues = (next: string[]) => edit((d) => ({ ...d, design: { ...d.design, venues: next } }));
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="exercise-outline">
      <h2 id={`${id}-title`}>{t('exerciseDesign.outline')}</h2>
      <fieldset className="form" disabled={!editable}>
        <div className="form form-row">
          <div className="field grow">
            <label htmlFor={`${id}-name`}>{t('newExercise.name')}</label>
            <input
              id={`${id}-name`}
              maxLength={MAX_NAME_LENGTH}
              value={draft.name}
              onChange={(e) => {
                const name = e.target.value;
                edit((d) => ({ ...d, name }));
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('newExercise.type')}</label>
            <select
              id={`${id}-type`}
              value={draft.type}
              onChange={(e) => {
                const type = e.target.value as ExerciseType;
                edit((d) => ({ ...d, type }));
              }}
            >
              {ExerciseType.options.map((k) => (
                <option key={k} value={k}>
                  {t(`exerciseType.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form form-row">
          {(['startsAt', 'endsAt'] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(`newExercise.${field}`)}</label>
              <ParsedInput
                id={`${id}-${field}`}
                type="datetime-local"
                value={draft[field]}
                format={localInputOf}
                parse={isoOfLocalInput}
                same={sameTime}
                onValue={(iso) => edit((d) => ({ ...d, [field]: iso }))}
              />
            </div>
          ))}
        </div>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('exerciseDesign.scope')}</label>
          <textarea
            id={`${id}-scope`}
            rows={5}
            maxLength={5_000}
            value={draft.design.scope}
            aria-describedby={`${id}-scope-hint`}
            onChange={(e) => {
              const scope = e.target.value;
              edit((d) => ({ ...d, design: { ...d.design, scope } }));
            }}
          />
          <small id={`${id}-scope-hint`}>{t('exerciseDesign.scopeHint')}</small>
        </div>
        <div className="field-row exercise-venues">
          <h3>{t('exerciseDesign.venues')}</h3>
          {venues.length === 0 && <p className="empty">{t('exerciseDesign.noVenue')}</p>}
          {venues.map((venue, i) => (
            <div className="exercise-line" key={i}>
              <input
                aria-label={t('exerciseDesign.venueLabel', { n: i + 1 })}
                maxLength={MAX_NAME_LENGTH}
                value={venue}
                onChange={(e) => setVenues(venues.map((v, j) => (j === i ? e.target.value : v)))}
              />
              <button type="button" className="button-quiet" onClick={() => setVenues(venues.filter((_, j) => j !== i))}>
                {t('exerciseDesign.remove')}
              </button>
            </div>
          ))}
          <div className="actions">
            <button type="button" onClick={() => setVenues([...venues, ''])}>
              {t('exerciseDesign.addVenue')}
            </button>
          </div>
        </div>
      </fieldset>
    </section>
  );
}
