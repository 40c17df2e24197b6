import { MAX_NAME_LENGTH, type EegRating, type Observation } from '@pactesur/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { photoTypeOf } from '../assessments/photoUpload.ts';
import { capabilityChoices, narrowLink, NO_LINK, shortText, taskChoices, type EvaluationGuide, type GuideLink } from './evaluationChoices.ts';
import { RatingChoice } from './RatingChoice.tsx';

/** How much of an objective's or a task's text an option shows. */
const OPTION_LENGTH = 90;

interface Props {
  readonly exerciseId: string;
  readonly guide: EvaluationGuide;
  /** An observation recorded, then again once its photo is added. */
  readonly onRecorded: (observation: Observation) => void;
}

/**
 * An evaluator's observation: where it belongs in the evaluation guide (objective → capability → critical
 * task, each narrowing the next), its rating P / S / M / U, what was seen, and a photo — sent once the
 * observation is recorded, its location removed unless kept on purpose.
 */
export function ObservationForm({ exerciseId, guide, onRecorded }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const photoAction = useAction();
  const file = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<GuideLink>(NO_LINK);
  const [rating, setRating] = useState<EegRating | null>(null);
  const [text, setText] = useState('');
  const [keepLocation, setKeepLocation] = useState(false);
  const [wrongType, setWrongType] = useState(false);
  const capabilities = capabilityChoices(guide, link.objectiveId);
  const tasks = taskChoices(guide, link);
  const change = (part: Partial<GuideLink>) => setLink((l) => narrowLink(guide, { ...l, ...part }));
  const busy = action.busy || photoAction.busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0] ?? null;
    const type = chosen ? photoTypeOf(chosen) : null;
    setWrongType(chosen !== null && type === null);
    if (text.trim() === '' || (chosen !== null && type === null)) return;
    photoAction.clear();
    const made = await action.run(() => api.observeExercise(exerciseId, { ...link, rating, text: text.trim() }));
    if (!made) return;
    onRecorded(made);
    setText('');
    setRating(null);
    announce(t('exerciseObservation.recorded'));
    if (chosen && type) {
      const withPhoto = await photoAction.run(() =>
        api.uploadObservationPhoto(exerciseId, made.id, { filename: chosen.name.slice(0, MAX_NAME_LENGTH), keepLocation }, chosen, type),
      );
      if (withPhoto) onRecorded(withPhoto);
    }
    if (file.current) file.current.value = '';
    setKeepLocation(false);
  };

  return (
    <form className="form observation-form" onSubmit={(e) => void submit(e)} aria-busy={busy} data-testid="observation-form">
      <div className="form form-row">
        <div className="field grow">
          <label htmlFor={`${id}-objective`}>{t('exerciseObservation.objective')}</label>
          <select id={`${id}-objective`} value={link.objectiveId ?? ''} onChange={(e) => change({ objectiveId: e.target.value || null })}>
            <option value="">{t('exerciseObservation.none')}</option>
            {guide.objectives.map((o) => (
              <option key={o.id} value={o.id} title={o.text}>
                {shortText(o.text, OPTION_LENGTH)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-capability`}>{t('exerciseObservation.capability')}</label>
          <select id={`${id}-capability`} value={link.capabilityId ?? ''} onChange={(e) => change({ capabilityId: e.target.value || null })}>
            <option value="">{t('exerciseObservation.none')}</option>
            {capabilities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-task`}>{t('exerciseObservation.task')}</label>
          <select
            id={`${id}-task`}
            value={link.taskId ?? ''}
            disabled={tasks.length === 0}
            aria-describedby={tasks.length === 0 ? `${id}-task-hint` : undefined}
            onChange={(e) => change({ taskId: e.target.value || null })}
          >
            <option value="">{t('exerciseObservation.none')}</option>
            {tasks.map((task) => (
              <option key={task.id} value={task.id} title={task.text}>
                {shortText(task.text, OPTION_LENGTH)}
              </option>
            ))}
          </select>
          {tasks.length === 0 && <small id={`${id}-task-hint`}>{t('exerciseObservation.noTask')}</small>}
        </div>
      </div>
      <RatingChoice value={rating} onChange={setRating} />
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('exerciseObservation.text')}</label>
        <textarea id={`${id}-text`} rows={4} required maxLength={5_000} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-photo`}>{t('exerciseObservation.photo')}</label>
        <input
          id={`${id}-photo`}
          ref={file}
          type="file"
          accept="image/jpeg,image/png"
          aria-invalid={wrongType}
          onChange={() => setWrongType(false)}
          data-testid="observation-photo"
        />
        {wrongType && (
          <small className="field-problem" role="alert">
            {t('exerciseObservation.photoWrongType')}
          </small>
        )}
      </div>
      <CheckField label="exerciseObservation.keepLocation" hint="exerciseObservation.keepLocationHint" checked={keepLocation} onChange={setKeepLocation} />
      <ErrorMessage error={action.error} />
      {photoAction.error !== null && (
        <div data-testid="observation-photo-failed">
          <p>{t('exerciseObservation.photoFailed')}</p>
          <ErrorMessage error={photoAction.error} />
        </div>
      )}
      <FormActions busy={busy} submitLabel="exerciseObservation.submit" busyLabel="exerciseObservation.submitting" />
    </form>
  );
}
