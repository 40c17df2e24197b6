import type { LiveState, Methane, PlanFeature } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { EMPTY_METHANE, methaneOrNull } from '../../ui/methane.ts';
import { MethaneInputs } from '../../ui/MethaneInputs.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { featureName } from './WorksheetFeatures.tsx';

interface Props {
  readonly eventId: string;
  readonly features: readonly PlanFeature[];
  readonly onAnswer: (state: LiveState) => void;
}

/**
 * An entry of the incident log: what happened, where (a feature of the plan), and the JESIP M/ETHANE report
 * — Major incident declared?, Exact location, Type, Hazards, Access, Number of casualties, Emergency
 * services present and required — when there is one to give.
 */
export function IncidentForm({ eventId, features, onAnswer }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [text, setText] = useState('');
  const [feature, setFeature] = useState('');
  const [methane, setMethane] = useState<Methane>(EMPTY_METHANE);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    const answer = await action.run(() =>
      api.postIncident(eventId, {
        text: text.trim(),
        feature: feature === '' ? null : feature,
        methane: methaneOrNull(methane),
      }),
    );
    if (!answer) return;
    onAnswer(answer);
    setText('');
    setFeature('');
    setMethane(EMPTY_METHANE);
    announce(t('events.ops.incident.logged'));
  };
  return (
    <section className="card incident-form" aria-labelledby={`${id}-title`} data-testid="incident-form">
      <h3 id={`${id}-title`}>{t('events.ops.incident.title')}</h3>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('events.ops.incident.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={5_000}
            required
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {features.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-feature`}>{t('events.ops.incident.feature')}</label>
            <select id={`${id}-feature`} value={feature} onChange={(e) => setFeature(e.target.value)}>
              <option value="">{t('events.ops.incident.noFeature')}</option>
              {features.map((f) => (
                <option key={f.id} value={f.id}>
                  {featureName(f)}
                </option>
              ))}
            </select>
          </div>
        )}
        <MethaneInputs value={methane} onChange={setMethane} words="events.ops.methane" />
        <ErrorMessage error={action.error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={action.busy || text.trim() === ''}>
            {t('events.ops.incident.log')}
          </button>
        </div>
      </form>
    </section>
  );
}
