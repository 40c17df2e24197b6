import type { Multilingual, NotificationSubject } from '@pactesur/contracts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { textIn } from '../practices/displayText.ts';

/** A practice's title for a reader of `locale`: their language if written in it, else as written. */
const titleIn = (t: Translate, title: Multilingual, locale: string): string =>
  textIn(title, locale)?.text ?? t('notification.untitled');

type StepSubject = Extract<NotificationSubject, { kind: 'practice-step' }>;

/** The sentence of a step of a practice's workflow; a note, when the reviewer wrote one, closes it. */
function stepText(t: Translate, locale: string, subject: StepSubject): string {
  const facts = { org: subject.byOrgName, title: titleIn(t, subject.title, locale) };
  const note = subject.note.trim();
  switch (subject.action) {
    case 'submitted':
      return t('notification.practiceSubmitted', facts);
    case 'published':
      return t('notification.practicePublished', facts);
    case 'returned':
      return note === ''
        ? t('notification.practiceReturned', facts)
        : t('notification.practiceReturnedNote', { ...facts, note });
    case 'unpublished':
      return note === ''
        ? t('notification.practiceUnpublished', facts)
        : t('notification.practiceUnpublishedNote', { ...facts, note });
  }
}

/**
 * The sentence of a notification in the reader's language, from its facts: the practice's title in the
 * reader's language when it has one, names and notes as they were written.
 *
 * @example notificationText(t, 'en', { kind: 'call-decided', callTitle: 'Safer beaches', selected: true, … })
 * // 'Your application to “Safer beaches” was selected'
 */
export function notificationText(t: Translate, locale: string, subject: NotificationSubject): string {
  switch (subject.kind) {
    case 'practice-match':
      return t('notification.practiceMatch', {
        search: subject.searchName,
        title: titleIn(t, subject.title, locale),
      });
    case 'practice-step':
      return stepText(t, locale, subject);
    case 'call-decided':
      return t(subject.selected ? 'notification.callSelected' : 'notification.callNotSelected', {
        call: subject.callTitle,
      });
  }
}

/** The page of the record a notification is about: the practice, or the call of a network. */
export function notificationPath(subject: NotificationSubject): string {
  switch (subject.kind) {
    case 'practice-match':
    case 'practice-step':
      return pathOf({ name: 'practice', id: subject.practiceId });
    case 'call-decided':
      return pathOf({ name: 'network-call', slug: subject.networkSlug, id: subject.callId });
  }
}
