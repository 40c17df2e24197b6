/**
 * Knowledge exchange (KNOWLEDGE.md): the EU Crime Prevention Network's minimum criteria a practice must meet
 * before publication, the text of a practice to search in each of its languages and the text to show a
 * reader of each language, and the network's calendar as iCalendar. Pure: no I/O, no clock.
 */
export * from './eucpn.ts';
export * from './languages.ts';
export * from './index-text.ts';
export * from './ical.ts';
export { charCount, humanTextOf } from './multilingual.ts';
