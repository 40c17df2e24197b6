import type { EventRecord, LiveState, TriggerPoint } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { languageTag } from '../alerts/alertLanguages.ts';
import { TRIGGER_ALERT_TEMPLATE, triggerAlertContent } from './TriggerAlertDraft.ts';

interface Props {
  readonly event: EventRecord;
  readonly triggered: LiveState['triggered'];
  /** Whether this page may draft alerts and log them (an editor of the plan while it is live). */
  readonly canDraft: boolean;
  readonly onAnswer: (state: LiveState) => void;
}

function Reached({
  event,
  reached,
  trigger,
  canDraft,
  onAnswer,
}: Omit<Props, 'triggered'> & {
  reached: LiveState['triggered'][number];
  trigger: TriggerPoint | undefined;
}) {
  const { t, locale } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [drafted, setDrafted] = useState<string | null>(null);
  const alertId = reached.alertId ?? drafted;
  const draft = () =>
    void action.run(async () => {
      if (!trigger) return;
      const [templates, orgs] = await Promise.all([api.alertTemplates(), api.listOrgs()]);
      const presets = templates.find((p) => p.template === TRIGGER_ALERT_TEMPLATE);
      if (!presets) throw new Error(`No alert template ${TRIGGER_ALERT_TEMPLATE}`);
      // The plan is written in its organisation's language; the alert starts in it.
      const owner = orgs.find((o) => o.id === event.ownerOrgId);
      const language = languageTag(owner?.languages[0] ?? locale, owner?.country ?? null) ?? locale;
      const { content } = triggerAlertContent(
        { event, trigger, presets, language, senderName: owner?.name ?? event.ownerName },
        new Date(),
      );
      const alert = await api.createAlert({ content });
      setDrafted(alert.id);
      onAnswer(
        await api.postIncident(event.id, {
          text: t('events.ops.triggers.draftedLog', { name: trigger.name }),
          triggerId: trigger.id,
          alertId: alert.id,
        }),
      );
      announce(t('events.ops.triggers.drafted', { name: trigger.name }));
    });
  return (
    <li
      className="trigger-reached"
      data-testid="trigger-reached"
      data-trigger={reached.id}
      data-alert={alertId ?? ''}
    >
      <p className="strong">{t('events.ops.triggers.reachedAt', { name: reached.name, seq: reached.seq })}</p>
      {trigger?.action && <p className="prewrap">{trigger.action}</p>}
      {alertId ? (
        <p>
          <Link to={pathOf({ name: 'alert', id: alertId })}>{t('events.ops.triggers.openAlert')}</Link>
        </p>
      ) : (
        canDraft &&
        trigger && (
          <button type="button" className="button-primary" disabled={action.busy} onClick={draft}>
            {t('events.ops.triggers.draftAlert')}
          </button>
        )
      )}
      <ErrorMessage error={action.error} />
    </li>
  );
}

/**
 * The trigger points the live figures reached, each with the action the plan calls for, and "Draft CAP
 * alert": a real public alert drafted with the trigger's words over the plan's audience zones, logged
 * against the trigger point, and opened from here in the alert composer for its approval.
 */
export function TriggersReached({ event, triggered, canDraft, onAnswer }: Props) {
  const { t } = useI18n();
  if (event.plan.triggers.length === 0) return null;
  return (
    <section
      className="card triggers-reached"
      aria-labelledby="triggers-reached-title"
      data-testid="triggers-reached"
      data-count={triggered.length}
    >
      <h3 id="triggers-reached-title">{t('events.ops.triggers.reachedTitle')}</h3>
      {triggered.length === 0 ? (
        <p className="empty">{t('events.ops.triggers.noneReached', { count: event.plan.triggers.length })}</p>
      ) : (
        <ul className="trigger-reached-list">
          {triggered.map((r) => (
            <Reached
              key={r.id}
              event={event}
              reached={r}
              trigger={event.plan.triggers.find((x) => x.id === r.id)}
              canDraft={canDraft}
              onAnswer={onAnswer}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
