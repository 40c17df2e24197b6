import { MAX_NAME_LENGTH, type EventRecord } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { DateTimeField } from './DateTimeField.tsx';
import { isoOfLocalInput, localInputOf, nextYear } from './eventDates.ts';

/**
 * Next year's edition (the owner's editors): a new draft from this plan — its features, worksheets and
 * sections — with the dates given (a year later by default), unsigned and unshared; it opens once made.
 */
export function NextEditionForm({ event }: { event: EventRecord }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(event.name);
  const [startsAt, setStartsAt] = useState(() => localInputOf(nextYear(event.startsAt)));
  const [endsAt, setEndsAt] = useState(() => localInputOf(nextYear(event.endsAt)));
  const start = isoOfLocalInput(startsAt);
  const end = isoOfLocalInput(endsAt);
  const datesWrong = start !== null && end !== null && Date.parse(end) < Date.parse(start);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!start || !end || datesWrong) return;
    void action.run(async () => {
      const made = await api.nextEvent(event.id, {
        name: name.trim() || event.name,
        startsAt: start,
        endsAt: end,
      });
      setOpen(false);
      navigate(pathOf({ name: 'event', id: made.id }));
      announce(t('eventNext.created', { name: made.name }));
    });
  };

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="next-edition">
        {t('eventNext.open')}
      </button>
    );
  return (
    <form
      className="card form event-next"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      aria-busy={action.busy}
    >
      <h2 id={`${id}-title`}>{t('eventNext.title')}</h2>
      <p className="hint">{t('eventNext.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('newEvent.name')}</label>
        <input
          id={`${id}-name`}
          required
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="form form-row">
        <DateTimeField
          label="newEvent.startsAt"
          value={startsAt}
          onChange={setStartsAt}
          required
          invalid={datesWrong}
        />
        <DateTimeField
          label="newEvent.endsAt"
          value={endsAt}
          onChange={setEndsAt}
          required
          invalid={datesWrong}
        />
      </div>
      {datesWrong && (
        <p className="field-problem" role="alert">
          {t('newEvent.datesProblem')}
        </p>
      )}
      <FormActions busy={action.busy} submitLabel="eventNext.create" onCancel={() => setOpen(false)} />
      <ErrorMessage error={action.error} />
    </form>
  );
}
