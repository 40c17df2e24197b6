import type { DeliveryStatus } from '@pactesur/contracts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/useI18n.tsx';

/** An event in words (`record.ready` → "Result ready"); one the dictionaries do not know, as it is. */
export function eventName(t: Translate, event: string): string {
  const key = `webhookEvent.${event}`;
  return isMessageKey(key) ? t(key) : event;
}

/** The events of a webhook in words, in the order given. */
export const eventsText = (t: Translate, events: readonly string[]): string =>
  events.map((e) => eventName(t, e)).join(', ');

/** The words of a delivery's status. */
export const statusKey = (status: DeliveryStatus): MessageKey => `webhookDelivery.status.${status}`;

/** The badge style of a delivery's status (the jobs' colours: running, succeeded, failed). */
export const statusBadge: Readonly<Record<DeliveryStatus, string>> = {
  pending: 'badge badge-job-running',
  delivered: 'badge badge-job-succeeded',
  failed: 'badge badge-job-failed',
};

/**
 * What the receiver answered last: its HTTP status, or why there was no answer (the server's own words,
 * such as a timeout), or nothing yet.
 */
export function answerText(t: Translate, statusCode: number | null, error: string | null): string {
  if (statusCode !== null) return t('webhookDelivery.httpStatus', { code: statusCode });
  return error ?? t('common.none');
}
