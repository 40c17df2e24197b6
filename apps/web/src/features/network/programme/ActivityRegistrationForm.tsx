import type { Activity } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { useAction } from '../../../ui/useAction.ts';

interface Props {
  readonly slug: string;
  readonly activity: Activity;
  readonly onChanged: (activity: Activity) => void;
}

/**
 * A member organisation's registration to an activity: how many people it sends, registered, changed or
 * cancelled. The places left bound the number; a full activity says so.
 */
export function ActivityRegistrationForm({ slug, activity, onChanged }: Props) {
  const { t } = useI18n();
  const id = useId();
  const action = useAction();
  const mine = activity.mine;
  const [people, setPeople] = useState(String(mine?.people ?? 1));
  const left = (activity.places ?? 0) - activity.taken + (mine?.people ?? 0);
  const max = Math.max(1, Math.min(50, left));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run(() =>
      api.registerToActivity(slug, activity.id, { people: Number(people) }),
    );
    if (saved) onChanged(saved);
  };
  const cancel = async () => {
    const saved = await action.run(() => api.unregisterFromActivity(slug, activity.id));
    if (saved) {
      setPeople('1');
      onChanged(saved);
    }
  };

  if (!mine && left <= 0) return null;
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="activity-registration">
      <fieldset className="field-row form-row">
        <legend>{t('network.registration.legend')}</legend>
        {mine && (
          <p data-testid="registration-mine">{t('network.registration.mine', { count: mine.people })}</p>
        )}
        <div className="field">
          <label htmlFor={`${id}-people`}>{t('network.registration.people')}</label>
          <input
            id={`${id}-people`}
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            step={1}
            required
            value={people}
            onChange={(e) => setPeople(e.target.value)}
          />
        </div>
        <FormActions
          busy={action.busy}
          busyLabel="network.registration.sending"
          submitLabel={mine ? 'network.registration.change' : 'network.registration.register'}
          undo={mine ? { label: 'network.registration.cancel', onClick: () => void cancel() } : undefined}
        />
      </fieldset>
      <ErrorMessage error={action.error} />
    </form>
  );
}
