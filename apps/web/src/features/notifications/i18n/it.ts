import type { Slice } from '../../../i18n/slice.ts';
import type { notificationsEn } from './en.ts';

/** The Italian words of notifications: the bell, the inbox page and the sentence of each kind. */
export const notificationsIt: Slice<typeof notificationsEn> = {
  'notifications.bellNone': 'Notifiche, nessuna da leggere',
  'notifications.bellOne': 'Notifiche, 1 da leggere',
  'notifications.bellMany': 'Notifiche, {count} da leggere',
  'notifications.panelTitle': 'Ultime notifiche',
  'notifications.seeAll': 'Vedi tutte le notifiche',
  'notifications.markAllRead': 'Segna tutte come lette',
  'notifications.allMarkedRead': 'Tutte le notifiche sono segnate come lette.',
  'notifications.none': 'Ancora nessuna notifica.',

  'notifications.title': 'Le sue notifiche',
  'notifications.intro':
    'Le novità indirizzate a lei: nuove pratiche che corrispondono alle ricerche che ha salvato, le fasi delle pratiche che scrive o revisiona, e le decisioni sulle candidature della sua organizzazione ai bandi. Aprirne una la segna come letta.',
  'notifications.unreadOnly': 'Solo da leggere',
  'notifications.noneUnread': 'Nessuna notifica da leggere.',
  'notifications.older': 'Mostra le notifiche meno recenti',
  'notifications.shown': 'Notifiche mostrate: {count}',
  'notifications.unread': 'Da leggere',
  'notifications.markRead': 'Segna come letta',
  'notifications.forOrg': 'Per {org}',

  'notification.practiceMatch': 'Nuova pratica per la sua ricerca «{search}»: {title}',
  'notification.practiceSubmitted': '{org} ha sottoposto a revisione la pratica «{title}»',
  'notification.practiceReturned': '{org} ha rinviato la sua pratica «{title}»',
  'notification.practiceReturnedNote': '{org} ha rinviato la sua pratica «{title}»: {note}',
  'notification.practicePublished': 'La sua pratica «{title}» è stata pubblicata da {org}',
  'notification.practiceUnpublished': '{org} ha ritirato dalla pubblicazione la sua pratica «{title}»',
  'notification.practiceUnpublishedNote':
    '{org} ha ritirato dalla pubblicazione la sua pratica «{title}»: {note}',
  'notification.callSelected': 'La sua candidatura a «{call}» è stata selezionata',
  'notification.callNotSelected': 'La sua candidatura a «{call}» non è stata selezionata',
  'notification.untitled': 'senza titolo',
};
