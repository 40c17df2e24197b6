import {
  ActionStatus,
  CapabilityElement,
  MAX_NAME_LENGTH,
  type Capability,
  type CorrectiveAction,
  type EventSummary,
  type SaveCorrectiveAction,
} from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { datesInOrder } from './actionPlan.ts';

interface Props {
  /** The organisations an action may be given to. */
  readonly orgs: readonly { orgId: string; orgName: string }[];
  readonly capabilities: readonly Capability[];
  /** The organiser's event plans an action may improve; null while unknown. */
  readonly events: readonly EventSummary[] | null;
  /** The action changed; null for a new one. */
  readonly initial: CorrectiveAction | null;
  readonly busy: boolean;
  /** Saves; answers whether it was saved (the form is then emptied, or closed by its page). */
  readonly onSave: (action: SaveCorrectiveAction) => Promise<boolean>;
  readonly onCancel?: () => void;
}

/**
 * A corrective action of the improvement plan: what is to be done, its capability element (planning,
 * organisation, equipment, training, exercise), the organisation responsible, the capability it improves,
 * its dates and status, the event plan it improves and the practice it draws on or became.
 */
export function CorrectiveActionForm({ orgs, capabilities, events, initial, busy, onSave, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [text, setText] = useState(initial?.text ?? '');
  const [element, setElement] = useState<CapabilityElement>(initial?.element ?? 'planning');
  const [orgId, setOrgId] = useState(initial?.orgId ?? '');
  const [capabilityId, setCapabilityId] = useState(initial?.capabilityId ?? '');
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [dueOn, setDueOn] = useState(initial?.dueOn ?? '');
  const [status, setStatus] = useState<ActionStatus>(initial?.status ?? 'open');
  const [eventId, setEventId] = useState(initial?.eventId ?? '');
  const [practice, setPractice] = useState(initial?.practice ?? '');
  const datesOk = datesInOrder(startsOn || null, dueOn || null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!datesOk || text.trim() === '' || orgId === '') return;
    const saved = await onSave({
      text: text.trim(),
      element,
      orgId,
      capabilityId: capabilityId || null,
      startsOn: startsOn || null,
      dueOn: dueOn || null,
      status,
      eventId: eventId || null,
      practice: practice.trim(),
    });
    if (!saved || initial) return;
    setText('');
    setCapabilityId('');
    setStartsOn('');
    setDueOn('');
    setEventId('');
    setPractice('');
  };

  return (
    <form className="form corrective-action-form" onSubmit={(e) => void submit(e)} aria-busy={busy} data-testid="corrective-action-form">
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('exerciseActions.text')}</label>
        <textarea id={`${id}-text`} rows={2} required maxLength={2_000} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="form form-row">
        <div className="field">
          <label htmlFor={`${id}-element`}>{t('exerciseActions.element')}</label>
          <select id={`${id}-element`} value={element} onChange={(e) => setElement(CapabilityElement.parse(e.target.value))}>
            {CapabilityElement.options.map((el) => (
              <option key={el} value={el}>
                {t(`capabilityElement.${el}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-org`}>{t('exerciseActions.org')}</label>
          <select id={`${id}-org`} required value={orgId} onChange={(e) => setOrgId(e.target.value)}>
            <option value="" disabled>
              {t('exerciseParticipants.chooseOrg')}
            </option>
            {orgs.map((o) => (
              <option key={o.orgId} value={o.orgId}>
                {o.orgName}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-capability`}>{t('exerciseActions.capability')}</label>
          <select id={`${id}-capability`} value={capabilityId} onChange={(e) => setCapabilityId(e.target.value)}>
            <option value="">{t('exerciseActions.noCapability')}</option>
            {capabilities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form form-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('exerciseActions.startsOn')}</label>
          <input id={`${id}-start`} type="date" value={startsOn} aria-invalid={!datesOk} onChange={(e) => setStartsOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('exerciseActions.dueOn')}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueOn}
            aria-invalid={!datesOk}
            aria-describedby={datesOk ? undefined : `${id}-dates`}
            onChange={(e) => setDueOn(e.target.value)}
          />
        </div>
        {initial && (
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('exerciseActions.status')}</label>
            <select id={`${id}-status`} value={status} onChange={(e) => setStatus(ActionStatus.parse(e.target.value))}>
              {ActionStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t(`actionStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {!datesOk && (
        <p className="field-problem" id={`${id}-dates`} role="alert">
          {t('exerciseActions.datesProblem')}
        </p>
      )}
      <div className="form form-row">
        <div className="field grow">
          <label htmlFor={`${id}-event`}>{t('exerciseActions.event')}</label>
          <select id={`${id}-event`} value={eventId} onChange={(e) => setEventId(e.target.value)}>
            <option value="">{t('exerciseActions.noEvent')}</option>
            {(events ?? []).map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.name}
              </option>
            ))}
            {eventId !== '' && !(events ?? []).some((ev) => ev.id === eventId) && (
              <option value={eventId}>{t('exerciseActions.eventOfOrganiser')}</option>
            )}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-practice`}>{t('exerciseActions.practice')}</label>
          <input id={`${id}-practice`} maxLength={MAX_NAME_LENGTH} value={practice} onChange={(e) => setPractice(e.target.value)} />
        </div>
      </div>
      <FormActions busy={busy} submitLabel={initial ? 'exerciseActions.saveButton' : 'exerciseActions.addButton'} onCancel={onCancel} />
    </form>
  );
}
