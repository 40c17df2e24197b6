import type { EventRecord } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

interface Props {
  readonly event: EventRecord;
  readonly goLive: boolean;
  readonly end: boolean;
  readonly onChange: (next: EventRecord) => void;
}

/**
 * The owner's last steps: "Go live" once every agency approved (the live log opens), and "End and debrief"
 * while live, with what the event taught; afterwards the debrief as written.
 */
export function SignOffLifecycle({ event, goLive, end, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [debrief, setDebrief] = useState(event.debrief);
  const open = event.conditions.filter((c) => c.status === 'open').length;
  const start = async () => {
    const saved = await action.run(() => api.startEventLive(event.id));
    if (!saved) return;
    onChange(saved);
    announce(t('events.ops.signOff.isLive'));
  };
  const finish = async () => {
    const saved = await action.run(() => api.endEventLive(event.id, debrief.trim()));
    if (!saved) return;
    onChange(saved);
    announce(t('events.ops.signOff.isDebriefed'));
  };
  if (!goLive && !end && event.status !== 'debriefed') return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="signoff-lifecycle">
      <h3 id={`${id}-title`}>{t('events.ops.signOff.lifecycleTitle')}</h3>
      {goLive && (
        <>
          <p>{t('events.ops.signOff.approvedHint')}</p>
          {open > 0 && <p className="notice">{t('events.ops.signOff.openConditions', { count: open })}</p>}
          <button
            type="button"
            className="button-primary"
            disabled={action.busy}
            onClick={() => void start()}
          >
            {t('events.ops.signOff.goLive')}
          </button>
        </>
      )}
      {end && (
        <div className="form">
          <div className="field">
            <label htmlFor={`${id}-debrief`}>{t('events.ops.signOff.debrief')}</label>
            <textarea
              id={`${id}-debrief`}
              rows={6}
              maxLength={20_000}
              value={debrief}
              aria-describedby={`${id}-debrief-hint`}
              onChange={(e) => setDebrief(e.target.value)}
            />
            <small id={`${id}-debrief-hint`}>{t('events.ops.signOff.debriefHint')}</small>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={action.busy}
              onClick={() => void finish()}
            >
              {t('events.ops.signOff.end')}
            </button>
          </div>
        </div>
      )}
      {event.status === 'debriefed' && (
        <div data-testid="signoff-debrief">
          <p className="strong">{t('events.ops.signOff.debriefed')}</p>
          <p className="prewrap">{event.debrief || t('events.ops.signOff.noDebrief')}</p>
        </div>
      )}
      <ErrorMessage error={action.error} />
    </section>
  );
}
