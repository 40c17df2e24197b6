import type { Slice } from '../../../i18n/slice.ts';
import type { notificationsEn } from './en.ts';

/** The French words of notifications: the bell, the inbox page and the sentence of each kind. */
export const notificationsFr: Slice<typeof notificationsEn> = {
  'notifications.bellNone': 'Notifications, aucune non lue',
  'notifications.bellOne': 'Notifications, 1 non lue',
  'notifications.bellMany': 'Notifications, {count} non lues',
  'notifications.panelTitle': 'Dernières notifications',
  'notifications.seeAll': 'Voir toutes les notifications',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.allMarkedRead': 'Toutes les notifications sont marquées comme lues.',
  'notifications.none': 'Aucune notification pour l’instant.',

  'notifications.title': 'Vos notifications',
  'notifications.intro':
    'Les nouvelles qui vous sont adressées : les nouvelles pratiques qui répondent à vos recherches enregistrées, les étapes des pratiques que vous rédigez ou relisez, et les décisions sur les candidatures de votre organisation aux appels. En ouvrir une la marque comme lue.',
  'notifications.unreadOnly': 'Non lues seulement',
  'notifications.noneUnread': 'Aucune notification non lue.',
  'notifications.older': 'Afficher les notifications plus anciennes',
  'notifications.shown': 'Notifications affichées : {count}',
  'notifications.unread': 'Non lue',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.forOrg': 'Pour {org}',

  'notification.practiceMatch': 'Nouvelle pratique pour votre recherche « {search} » : {title}',
  'notification.practiceSubmitted': '{org} a soumis la pratique « {title} » à la relecture',
  'notification.practiceReturned': '{org} a renvoyé votre pratique « {title} »',
  'notification.practiceReturnedNote': '{org} a renvoyé votre pratique « {title} » : {note}',
  'notification.practicePublished': 'Votre pratique « {title} » a été publiée par {org}',
  'notification.practiceUnpublished': '{org} a retiré votre pratique « {title} » de la publication',
  'notification.practiceUnpublishedNote':
    '{org} a retiré votre pratique « {title} » de la publication : {note}',
  'notification.callSelected': 'Votre candidature à « {call} » a été retenue',
  'notification.callNotSelected': 'Votre candidature à « {call} » n’a pas été retenue',
  'notification.untitled': 'sans titre',
};
