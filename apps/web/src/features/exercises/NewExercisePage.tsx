import { ExerciseType, MAX_NAME_LENGTH, type MyMembership } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { DateTimeField } from '../events/DateTimeField.tsx';
import { isoOfLocalInput } from '../events/eventDates.ts';
import { START_CHOICES, TEMPLATE_TYPES, type StartFrom } from './templateChoices.ts';
import './exercises.css';

function NewExercise({ membership }: { membership: MyMembership }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [name, setName] = useState('');
  const [type, setType] = useState<ExerciseType>('tabletop');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [from, setFrom] = useState<StartFrom>('blank');
  const [problem, setProblem] = useState(false);

  const choose = (choice: StartFrom) => {
    setFrom(choice);
    if (choice !== 'blank') setType(TEMPLATE_TYPES[choice]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = isoOfLocalInput(startsAt);
    const end = isoOfLocalInput(endsAt);
    if (!start || !end || Date.parse(end) < Date.parse(start)) return setProblem(true);
    setProblem(false);
    void action.run(async () => {
      const made = await api.createExercise({
        name: name.trim(),
        type,
        startsAt: start,
        endsAt: end,
        template: from === 'blank' ? null : from,
      });
      navigate(pathOf({ name: 'exercise', id: made.id }));
      announce(t('newExercise.created', { name: made.name }));
    });
  };

  return (
    <article className="page narrow" aria-labelledby="new-exercise-title">
      <p>
        <Link to={pathOf({ name: 'exercises' })}>← {t('exercise.back')}</Link>
      </p>
      <h1 id="new-exercise-title">{t('newExercise.title')}</h1>
      <p className="meta">{t('newExercise.sensitive', { org: membership.orgName })}</p>
      <section className="card">
        <form className="form" onSubmit={submit} aria-busy={action.busy}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('newExercise.name')}</label>
            <input
              id={`${id}-name`}
              required
              maxLength={MAX_NAME_LENGTH}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <fieldset className="field-row exercise-start-from" data-testid="start-from">
            <legend>{t('newExercise.startFrom')}</legend>
            {START_CHOICES.map((choice) => (
              <div className="choice" key={choice}>
                <input
                  id={`${id}-from-${choice}`}
                  type="radio"
                  name={`${id}-from`}
                  value={choice}
                  checked={from === choice}
                  aria-describedby={`${id}-from-${choice}-hint`}
                  onChange={() => choose(choice)}
                />
                <label htmlFor={`${id}-from-${choice}`}>{t(`exerciseTemplate.${choice}.title`)}</label>
                <p className="hint indented" id={`${id}-from-${choice}-hint`}>
                  {t(`exerciseTemplate.${choice}.summary`)}
                </p>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('newExercise.type')}</label>
            <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as ExerciseType)}>
              {ExerciseType.options.map((k) => (
                <option key={k} value={k}>
                  {t(`exerciseType.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form form-row">
            <DateTimeField label="newExercise.startsAt" value={startsAt} onChange={setStartsAt} required invalid={problem} />
            <DateTimeField label="newExercise.endsAt" value={endsAt} onChange={setEndsAt} required invalid={problem} />
          </div>
          {problem && (
            <p className="field-problem" role="alert">
              {t('newExercise.datesProblem')}
            </p>
          )}
          <FormActions busy={action.busy} submitLabel="newExercise.create" />
        </form>
        <ErrorMessage error={action.error} />
      </section>
    </article>
  );
}

/** Starts an exercise: its name, type and dates, from one of the templates or from nothing. */
export function NewExercisePage() {
  return <RequireOrg>{(m) => <NewExercise key={m.orgId} membership={m} />}</RequireOrg>;
}
