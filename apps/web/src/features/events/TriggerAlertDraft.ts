import {
  MAX_NAME_LENGTH,
  type AlertDraftContentInput,
  type AlertTemplatePresets,
  type EventRecord,
  type MultiPolygon,
  type TriggerPoint,
} from '@pactesur/contracts';
import type { AreaProblem } from '../alerts/geojsonArea.ts';
import type { OffsetOf } from '../alerts/localTime.ts';
import { newAlertContent } from '../alerts/newAlertContent.ts';

/** The alert template a trigger point's draft starts from: a crowd in danger. */
export const TRIGGER_ALERT_TEMPLATE = 'crowd-crush';

export interface TriggerAlertChoices {
  readonly event: Pick<EventRecord, 'name' | 'siteId' | 'plan'>;
  readonly trigger: TriggerPoint;
  /** The presets of {@link TRIGGER_ALERT_TEMPLATE} (category, response, certainty, expiry). */
  readonly presets: AlertTemplatePresets;
  /** The CAP language of the words the plan's authors wrote (`fr-FR`). */
  readonly language: string;
  /** The organisation's name, as the alert is signed. */
  readonly senderName: string;
}

/** The audience zones of a plan, as one outline: the area of an alert about the event. */
export function audienceOutline(plan: Pick<EventRecord['plan'], 'features'>): MultiPolygon | null {
  const zones = plan.features.flatMap((f) => (f.type === 'zone' && f.use === 'audience' ? [f] : []));
  if (zones.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: zones.map((z) => z.polygon.coordinates) };
}

/**
 * The draft of a real public alert (status Actual) for a trigger point reached: the trigger's alert
 * template (its headline, description, instruction, severity and urgency; the trigger's name and action
 * where the template says nothing), the crowd template's presets for the rest, over the plan's audience
 * zones, in the language the plan is written in. The officer completes and submits it in the composer.
 */
export function triggerAlertContent(
  { event, trigger, presets, language, senderName }: TriggerAlertChoices,
  now: Date,
  offsetOf?: OffsetOf,
): { readonly content: AlertDraftContentInput; readonly areaProblem: AreaProblem | null } {
  const words = trigger.alert;
  const outline = audienceOutline(event.plan);
  const made = newAlertContent(
    {
      template: presets,
      status: 'Actual',
      scope: 'Public',
      recipientOrgIds: [],
      addresses: '',
      site: outline ? { id: event.siteId, name: event.name.slice(0, MAX_NAME_LENGTH), outline } : null,
      languages: [language],
      senderName,
    },
    () => ({
      event: trigger.name,
      headline: (words?.headline || trigger.name).slice(0, 160),
      description: words?.description || trigger.action,
      instruction: words?.instruction ?? '',
    }),
    now,
    offsetOf,
  );
  const infos = made.content.infos.map((info) => ({
    ...info,
    severity: words?.severity ?? info.severity,
    urgency: words?.urgency ?? info.urgency,
  }));
  return { content: { ...made.content, siteId: event.siteId, infos }, areaProblem: made.areaProblem };
}
