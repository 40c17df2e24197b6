import { MAX_NAME_LENGTH, type Activity, type Exchange } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { InputField } from '../../../ui/InputField.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { emptyGuest, guestOf, guestProblems, type GuestDraft, type GuestProblem } from './exchangeDraft.ts';

interface Props {
  readonly slug: string;
  /** The exchange's activity: its days bound the guests' stay. */
  readonly activity: Activity;
  readonly onChanged: (exchange: Exchange) => void;
}

/**
 * A member organisation sends an officer to the exchange: their name, rank and unit, and the days they
 * stay, within the exchange's.
 */
export function ExchangeGuestForm({ slug, activity, onChanged }: Props) {
  const { t, formatDay } = useI18n();
  const { announce } = useStatus();
  const id = useId();
  const action = useAction();
  const [draft, setDraft] = useState<GuestDraft>(() => emptyGuest(activity));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<GuestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = guestProblems(draft, activity);
  const shown = tried ? problems : [];
  const days = { from: formatDay(activity.startsOn), to: formatDay(activity.endsOn) };
  const problemText = (p: GuestProblem) => t(`network.exchange.guestForm.problem.${p}`, days);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    const guest = guestOf(draft);
    const saved = await action.run(() => api.addExchangeGuest(slug, activity.id, guest));
    if (!saved) return;
    onChanged(saved);
    setDraft(emptyGuest(activity));
    setTried(false);
    announce(t('network.exchange.guestForm.added', { name: guest.name }));
  };

  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="exchange-guest-form"
      aria-labelledby={`${id}-legend`}
    >
      <h3 id={`${id}-legend`}>{t('network.exchange.guestForm.legend')}</h3>
      <p className="hint">{t('network.exchange.guestForm.hint', days)}</p>
      <div className="form-row">
        <InputField
          label="network.exchange.guestForm.name"
          name="name"
          required
          maxLength={MAX_NAME_LENGTH}
          grow
          value={draft.name}
          invalid={shown.includes('name')}
          onChange={(name) => set({ name })}
        />
        <InputField
          label="network.exchange.guestForm.role"
          hint="network.exchange.guestForm.roleHint"
          name="role"
          maxLength={MAX_NAME_LENGTH}
          grow
          value={draft.role}
          onChange={(role) => set({ role })}
        />
      </div>
      <div className="form-row">
        <InputField
          label="network.exchange.guestForm.arrivesOn"
          name="arrivesOn"
          type="date"
          required
          min={activity.startsOn}
          max={activity.endsOn}
          value={draft.arrivesOn}
          invalid={shown.includes('arrivesOn')}
          onChange={(arrivesOn) => set({ arrivesOn })}
        />
        <InputField
          label="network.exchange.guestForm.leavesOn"
          name="leavesOn"
          type="date"
          required
          min={activity.startsOn}
          max={activity.endsOn}
          value={draft.leavesOn}
          invalid={shown.includes('leavesOn') || shown.includes('order')}
          onChange={(leavesOn) => set({ leavesOn })}
        />
      </div>
      {shown.map((p) => (
        <p key={p} className="field-problem" role="alert">
          {problemText(p)}
        </p>
      ))}
      <ErrorMessage error={action.error} />
      <FormActions
        busy={action.busy}
        submitLabel="network.exchange.guestForm.add"
        busyLabel="network.exchange.guestForm.sending"
      />
    </form>
  );
}
