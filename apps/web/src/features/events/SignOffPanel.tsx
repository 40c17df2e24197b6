import type { EventCondition, EventRecord } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { SignOffConditions } from './SignOffConditions.tsx';
import { SignOffDecision } from './SignOffDecision.tsx';
import { SignOffLifecycle } from './SignOffLifecycle.tsx';
import { signOffOffer } from './SignOffOffer.ts';
import './SignOffPanel.css';
import { SignOffReviews } from './SignOffReviews.tsx';
import { SignOffSubmit } from './SignOffSubmit.tsx';

/**
 * The sign-off of a plan (EVENTS.md): the owner submits its draft to the agencies that sign it; each agency
 * approves, approves with conditions or asks for changes; the conditions are tracked until met or waived;
 * once approved the owner takes the event live, and ends it with a debrief. Everyone who may read the plan
 * sees the reviews and the conditions.
 */
export function SignOffPanel({
  event,
  onChange,
}: {
  event: EventRecord;
  onChange: (next: EventRecord) => void;
}) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  const offer = signOffOffer(event, activeMembership);
  const closed = (c: EventCondition) =>
    onChange({ ...event, conditions: event.conditions.map((x) => (x.id === c.id ? c : x)) });
  return (
    <section
      className="event-signoff"
      aria-labelledby="signoff-title"
      data-testid="event-signoff"
      data-status={event.status}
    >
      <h2 id="signoff-title">{t('events.ops.signOff.title')}</h2>
      <p className="hint">{t(`events.ops.signOff.stage.${event.status}`)}</p>
      {offer.review && activeMembership && (
        <SignOffDecision event={event} orgName={activeMembership.orgName} onChange={onChange} />
      )}
      {offer.submit && activeMembership && (
        <SignOffSubmit event={event} actingOrgId={activeMembership.orgId} onChange={onChange} />
      )}
      <SignOffLifecycle event={event} goLive={offer.goLive} end={offer.end} onChange={onChange} />
      <SignOffReviews reviews={event.reviews} />
      <SignOffConditions
        eventId={event.id}
        conditions={event.conditions}
        mayClose={offer.close}
        onClosed={closed}
      />
    </section>
  );
}
