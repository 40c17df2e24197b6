import type { EventRecord, Organisation } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { agencyGroups } from './SignOffAgencies.ts';

/** Most agencies a plan is submitted to (the contract's limit). */
const MAX_REVIEWERS = 20;

interface Props {
  readonly event: EventRecord;
  readonly actingOrgId: string;
  readonly onChange: (next: EventRecord) => void;
}

/** The organisations of the platform and the networks of the acting organisation, with their members. */
async function loadAgencies(actingOrgId: string) {
  const [orgs, summaries] = await Promise.all([api.listOrgs(), api.listNetworks()]);
  const networks = await Promise.all(summaries.map((n) => api.getNetwork(n.id)));
  return agencyGroups(orgs, networks, actingOrgId);
}

function AgencyChecks({
  legend,
  orgs,
  chosen,
  onToggle,
}: {
  legend: MessageKey;
  orgs: readonly Organisation[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useI18n();
  if (orgs.length === 0) return null;
  return (
    <fieldset className="signoff-agencies">
      <legend>{t(legend)}</legend>
      <div className="check-grid">
        {orgs.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              value={o.id}
              checked={chosen.has(o.id)}
              onChange={(e) => onToggle(o.id, e.target.checked)}
            />
            <span>
              {o.name}
              <span className="check-meta">{t(`orgKind.${o.kind}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The owner submits its draft to the agencies that sign it (police, fire, ambulance, transport, the
 * prefecture): its own services and its country's emergency services first, the members of its networks,
 * then any other organisation; with a message. Each agency gets the plan to read. A plan sent back for
 * changes starts with the agencies that reviewed it.
 */
export function SignOffSubmit({ event, actingOrgId, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const agencies = useResource(() => loadAgencies(actingOrgId), actingOrgId);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(event.reviews.map((r) => r.orgId)));
  const [message, setMessage] = useState('');
  const toggle = (orgId: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(orgId);
      else next.delete(orgId);
      return next;
    });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await action.run(() =>
      api.submitEvent(event.id, { reviewers: [...chosen], message: message.trim() }),
    );
    if (!saved) return;
    onChange(saved);
    announce(t('events.ops.signOff.submitted', { count: chosen.size }));
  };
  const groups = agencies.data;
  const others = groups?.others ?? [];
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="signoff-submit">
      <h3 id={`${id}-title`}>{t('events.ops.signOff.submitTitle')}</h3>
      <p className="hint">{t('events.ops.signOff.submitIntro')}</p>
      <ErrorMessage error={agencies.error} />
      {agencies.loading && <p className="loading">{t('app.loading')}</p>}
      {groups && (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <AgencyChecks
            legend="events.ops.signOff.services"
            orgs={groups.services}
            chosen={chosen}
            onToggle={toggle}
          />
          <AgencyChecks
            legend="events.ops.signOff.networkMembers"
            orgs={groups.networks}
            chosen={chosen}
            onToggle={toggle}
          />
          {others.length > 0 && (
            <details open={others.some((o) => chosen.has(o.id))}>
              <summary>{t('events.ops.signOff.otherOrgs', { count: others.length })}</summary>
              <AgencyChecks
                legend="events.ops.signOff.otherOrgsLegend"
                orgs={others}
                chosen={chosen}
                onToggle={toggle}
              />
            </details>
          )}
          <div className="field">
            <label htmlFor={`${id}-message`}>{t('events.ops.signOff.message')}</label>
            <textarea
              id={`${id}-message`}
              rows={3}
              maxLength={2_000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </div>
          <p className="meta" aria-live="polite">
            {chosen.size > MAX_REVIEWERS
              ? t('events.ops.signOff.tooMany', { max: MAX_REVIEWERS })
              : t('events.ops.signOff.chosen', { count: chosen.size })}
          </p>
          <ErrorMessage error={action.error} />
          <div className="actions">
            <button
              type="submit"
              className="button-primary"
              disabled={action.busy || chosen.size === 0 || chosen.size > MAX_REVIEWERS}
            >
              {t('events.ops.signOff.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
