import type { Slice } from '../../../i18n/slice.ts';
import type { notificationsEn } from './en.ts';

/** The Spanish words of notifications: the bell, the inbox page and the sentence of each kind. */
export const notificationsEs: Slice<typeof notificationsEn> = {
  'notifications.bellNone': 'Notificaciones, ninguna sin leer',
  'notifications.bellOne': 'Notificaciones, 1 sin leer',
  'notifications.bellMany': 'Notificaciones, {count} sin leer',
  'notifications.panelTitle': 'Últimas notificaciones',
  'notifications.seeAll': 'Ver todas las notificaciones',
  'notifications.markAllRead': 'Marcar todas como leídas',
  'notifications.allMarkedRead': 'Todas las notificaciones están marcadas como leídas.',
  'notifications.none': 'Todavía no hay notificaciones.',

  'notifications.title': 'Sus notificaciones',
  'notifications.intro':
    'Las novedades dirigidas a usted: nuevas prácticas que responden a las búsquedas que guardó, las etapas de las prácticas que redacta o revisa, y las decisiones sobre las candidaturas de su organización a las convocatorias. Abrir una la marca como leída.',
  'notifications.unreadOnly': 'Solo las no leídas',
  'notifications.noneUnread': 'Ninguna notificación sin leer.',
  'notifications.older': 'Mostrar notificaciones más antiguas',
  'notifications.shown': 'Notificaciones mostradas: {count}',
  'notifications.unread': 'Sin leer',
  'notifications.markRead': 'Marcar como leída',
  'notifications.forOrg': 'Para {org}',

  'notification.practiceMatch': 'Nueva práctica para su búsqueda «{search}»: {title}',
  'notification.practiceSubmitted': '{org} envió la práctica «{title}» a revisión',
  'notification.practiceReturned': '{org} devolvió su práctica «{title}»',
  'notification.practiceReturnedNote': '{org} devolvió su práctica «{title}»: {note}',
  'notification.practicePublished': 'Su práctica «{title}» fue publicada por {org}',
  'notification.practiceUnpublished': '{org} retiró su práctica «{title}» de la publicación',
  'notification.practiceUnpublishedNote': '{org} retiró su práctica «{title}» de la publicación: {note}',
  'notification.callSelected': 'Su candidatura a «{call}» fue seleccionada',
  'notification.callNotSelected': 'Su candidatura a «{call}» no fue seleccionada',
  'notification.untitled': 'sin título',
};
