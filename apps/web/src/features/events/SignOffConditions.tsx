import { CloseCondition, type EventCondition } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

const STATUSES = CloseCondition.shape.status.options;

/** The owner, or the agency that set the condition, marks it met or waived (or open again), with a note. */
function CloseForm({
  eventId,
  condition,
  onClosed,
}: {
  eventId: string;
  condition: EventCondition;
  onClosed: (c: EventCondition) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [status, setStatus] = useState<CloseCondition['status']>(
    condition.status === 'open' ? 'met' : 'open',
  );
  const [note, setNote] = useState(condition.note);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const closed = await action.run(() =>
      api.closeEventCondition(eventId, condition.id, { status, note: note.trim() }),
    );
    if (!closed) return;
    onClosed(closed);
    announce(
      t('events.ops.signOff.conditionMarked', { status: t(`events.ops.conditionStatus.${closed.status}`) }),
    );
  };
  return (
    <form className="form form-row signoff-close" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('events.ops.signOff.markAs')}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(CloseCondition.shape.status.parse(e.target.value))}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`events.ops.conditionStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-note`}>{t('events.ops.signOff.note')}</label>
        <input id={`${id}-note`} maxLength={2_000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button
        type="submit"
        disabled={action.busy || (status === condition.status && note.trim() === condition.note)}
      >
        {t('events.ops.signOff.save')}
      </button>
      <ErrorMessage error={action.error} />
    </form>
  );
}

/**
 * The conditions the agencies set on their approval: text, agency, open / met / waived, the note, who closed
 * it and when; a form to close each for those who may.
 */
export function SignOffConditions({
  eventId,
  conditions,
  mayClose,
  onClosed,
}: {
  eventId: string;
  conditions: readonly EventCondition[];
  mayClose: (c: EventCondition) => boolean;
  onClosed: (c: EventCondition) => void;
}) {
  const { t, formatDate } = useI18n();
  const open = conditions.filter((c) => c.status === 'open').length;
  return (
    <section
      className="card"
      aria-labelledby="signoff-conditions-title"
      data-testid="signoff-conditions"
      data-open={open}
    >
      <h3 id="signoff-conditions-title">{t('events.ops.signOff.conditionsTitle')}</h3>
      {conditions.length === 0 ? (
        <p className="empty">{t('events.ops.signOff.noConditions')}</p>
      ) : (
        <>
          <p className="meta">{t('events.ops.signOff.conditionsOpen', { open, count: conditions.length })}</p>
          <ol className="signoff-condition-list">
            {conditions.map((c) => (
              <li
                key={c.id}
                className={`signoff-condition condition-${c.status}`}
                data-testid="signoff-condition"
                data-status={c.status}
              >
                <p className="prewrap strong">{c.text}</p>
                <p className="meta">
                  <span className={`condition-chip condition-chip-${c.status}`}>
                    {t(`events.ops.conditionStatus.${c.status}`)}
                  </span>{' '}
                  {t('events.ops.signOff.setBy', { org: c.orgName, date: formatDate(c.createdAt, 'date') })}
                  {c.closedByName && c.closedAt && (
                    <>
                      {' '}
                      ·{' '}
                      {t('events.ops.signOff.closedBy', {
                        name: c.closedByName,
                        date: formatDate(c.closedAt, 'date-time'),
                      })}
                    </>
                  )}
                </p>
                {c.note && <p className="prewrap">{t('events.ops.signOff.noteShown', { note: c.note })}</p>}
                {mayClose(c) && <CloseForm eventId={eventId} condition={c} onClosed={onClosed} />}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
