/**
 * The English words of notifications: the bell of the header and its panel, the inbox page, and the
 * sentence of each kind of notification (a practice matching a saved search, a step of a practice's
 * workflow, the decision on an application to a call). The source of this slice's keys: each other
 * language's slice is typed against it.
 */
export const notificationsEn = {
  // The bell and its panel
  'notifications.bellNone': 'Notifications, none unread',
  'notifications.bellOne': 'Notifications, 1 unread',
  'notifications.bellMany': 'Notifications, {count} unread',
  'notifications.panelTitle': 'Latest notifications',
  'notifications.seeAll': 'See all notifications',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.allMarkedRead': 'All notifications are marked as read.',
  'notifications.none': 'No notification yet.',

  // The inbox page
  'notifications.title': 'Your notifications',
  'notifications.intro':
    'News addressed to you: new practices matching the searches you saved, the steps of the practices you write or review, and the decisions on your organisation’s applications to calls. Opening one marks it as read.',
  'notifications.unreadOnly': 'Unread only',
  'notifications.noneUnread': 'No unread notification.',
  'notifications.older': 'Show older notifications',
  'notifications.shown': 'Notifications shown: {count}',
  'notifications.unread': 'Unread',
  'notifications.markRead': 'Mark as read',
  'notifications.forOrg': 'For {org}',

  // The sentences of each kind
  'notification.practiceMatch': 'New practice for your search “{search}”: {title}',
  'notification.practiceSubmitted': '{org} submitted the practice “{title}” for review',
  'notification.practiceReturned': '{org} returned your practice “{title}”',
  'notification.practiceReturnedNote': '{org} returned your practice “{title}”: {note}',
  'notification.practicePublished': 'Your practice “{title}” was published by {org}',
  'notification.practiceUnpublished': '{org} withdrew your practice “{title}” from publication',
  'notification.practiceUnpublishedNote': '{org} withdrew your practice “{title}” from publication: {note}',
  'notification.callSelected': 'Your application to “{call}” was selected',
  'notification.callNotSelected': 'Your application to “{call}” was not selected',
  'notification.untitled': 'untitled',
};
