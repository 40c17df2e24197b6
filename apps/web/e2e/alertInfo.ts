import type { AlertInfoInput } from '@pactesur/contracts';

/** What the languages of an alert say each in its own words. */
export type AlertWords = Pick<AlertInfoInput, 'event' | 'headline' | 'instruction' | 'contact'>;

/**
 * One language of an urgent public alert sent by Nice (security, keep away, immediate, extreme, observed)
 * over `areas` until `expires`, as the tests create them through the API.
 */
export function urgentAlertInfo(
  language: string,
  words: AlertWords,
  areas: AlertInfoInput['areas'],
  expires: string,
): AlertInfoInput {
  return {
    language,
    categories: ['Security'],
    responseTypes: ['Avoid'],
    urgency: 'Immediate',
    severity: 'Extreme',
    certainty: 'Observed',
    senderName: 'Ville de Nice',
    expires,
    areas,
    ...words,
  };
}
