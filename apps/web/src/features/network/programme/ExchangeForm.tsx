import type { EventSummary, Exchange, Network, SaveExchangeInput } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { useResource } from '../../../ui/useResource.ts';
import {
  exchangeDraftOf,
  exchangeProblems,
  exchangeSaveOf,
  offersPlan,
  type ExchangeDraft,
} from './exchangeDraft.ts';

interface Props {
  /** The exchange to edit, or null to set it up. */
  readonly exchange: Exchange | null;
  /** The network's members, among whom the host is chosen. */
  readonly members: Network['members'];
  /** The organisation the reader acts for: as the host, it may tie one of its event plans. */
  readonly orgId: string | null;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onSave: (body: SaveExchangeInput) => void;
  readonly onCancel: () => void;
}

/**
 * The editor of an exchange: its host among the network's members, objectives, programme and report; for
 * the host's own people, the event plan of the mass event (listed from the plans they can read).
 */
export function ExchangeForm({ exchange, members, orgId, busy, error, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<ExchangeDraft>(() => exchangeDraftOf(exchange));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<ExchangeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const withPlan = offersPlan(draft, orgId);
  const plans = useResource(
    () => (withPlan ? api.listEvents() : Promise.resolve<EventSummary[]>([])),
    String(withPlan),
  );
  const problems = tried ? exchangeProblems(draft) : [];
  const hosts = ['', ...members.map((m) => m.org.id)];
  const hostName = (orgIdOf: string) =>
    orgIdOf === ''
      ? t('network.exchange.form.chooseHost')
      : (members.find((m) => m.org.id === orgIdOf)?.org.name ?? orgIdOf);
  // The plan already tied stays an option even when it is no longer listed (deleted since).
  const planIds = [
    ...new Set(['', ...(plans.data ?? []).map((e) => e.id), ...(draft.eventId ? [draft.eventId] : [])]),
  ];
  const planName = (planId: string) => {
    if (planId === '') return t('network.exchange.form.noPlan');
    const plan = plans.data?.find((e) => e.id === planId);
    return plan
      ? t('network.exchange.form.planOption', { name: plan.name, owner: plan.ownerName })
      : t('network.exchange.planGone');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (exchangeProblems(draft).length === 0) onSave(exchangeSaveOf(draft, orgId));
  };

  return (
    <form
      className="form card"
      onSubmit={submit}
      noValidate
      data-testid="exchange-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {t(exchange ? 'network.exchange.form.editTitle' : 'network.exchange.form.newTitle')}
      </h3>
      <SelectField
        label="network.exchange.form.host"
        hint="network.exchange.form.hostHint"
        name="hostOrgId"
        options={hosts}
        optionName={hostName}
        value={draft.hostOrgId}
        onChange={(hostOrgId) => set({ hostOrgId })}
      />
      {problems.includes('host') && (
        <p className="field-problem" role="alert">
          {t('network.exchange.form.problem.host')}
        </p>
      )}
      <TextAreaField
        label="network.exchange.form.objectives"
        hint="network.exchange.form.objectivesHint"
        name="objectives"
        rows={4}
        maxLength={5_000}
        value={draft.objectives}
        onChange={(objectives) => set({ objectives })}
      />
      <TextAreaField
        label="network.exchange.form.programme"
        hint="network.exchange.form.programmeHint"
        name="programme"
        rows={6}
        maxLength={5_000}
        value={draft.programme}
        onChange={(programme) => set({ programme })}
      />
      {withPlan && (
        <SelectField
          label="network.exchange.form.plan"
          hint="network.exchange.form.planHint"
          name="eventId"
          options={planIds}
          optionName={planName}
          value={draft.eventId}
          onChange={(eventId) => set({ eventId })}
        />
      )}
      <TextAreaField
        label="network.exchange.form.report"
        hint="network.exchange.form.reportHint"
        name="report"
        rows={6}
        maxLength={20_000}
        value={draft.report}
        onChange={(report) => set({ report })}
      />
      <ErrorMessage error={error} />
      <FormActions
        busy={busy}
        submitLabel={exchange ? 'common.save' : 'network.exchange.form.create'}
        onCancel={onCancel}
      />
    </form>
  );
}
