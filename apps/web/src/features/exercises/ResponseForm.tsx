import type { ExerciseResponse, Methane } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { EMPTY_METHANE, methaneOrNull } from '../../ui/methane.ts';
import { MethaneInputs } from '../../ui/MethaneInputs.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

interface Props {
  readonly exerciseId: string;
  /** The inject answered; null for a free response. */
  readonly injectId: string | null;
  readonly onAnswer: (response: ExerciseResponse) => void;
}

/** A player's response: what they say or do, and the JESIP M/ETHANE report when there is one to give. */
export function ResponseForm({ exerciseId, injectId, onAnswer }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [text, setText] = useState('');
  const [methane, setMethane] = useState<Methane>(EMPTY_METHANE);
  const report = methaneOrNull(methane);
  const empty = text.trim() === '' && report === null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (empty) return;
    const made = await action.run(() => api.respondToExercise(exerciseId, { injectId, text: text.trim(), methane: report }));
    if (!made) return;
    onAnswer(made);
    setText('');
    setMethane(EMPTY_METHANE);
    announce(t('exerciseResponses.sent'));
  };
  return (
    <form className="form response-form" onSubmit={(e) => void submit(e)} aria-busy={action.busy} data-testid="response-form">
      <div className="field">
        <label htmlFor={`${id}-text`}>{t(injectId === null ? 'exerciseResponses.freeText' : 'exerciseResponses.text')}</label>
        <textarea id={`${id}-text`} rows={3} maxLength={5_000} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <MethaneInputs value={methane} onChange={setMethane} words="exerciseMethane" />
      <ErrorMessage error={action.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={action.busy || empty}>
          {t('exerciseResponses.send')}
        </button>
      </div>
    </form>
  );
}
