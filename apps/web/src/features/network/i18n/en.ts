/**
 * The English words of the network page: its map, its member organisations with their role in the network,
 * and its programme of activities.
 * The source of this slice's keys: each other language's slice is typed against it.
 */
export const networkEn = {
  'nav.network': 'Network',
  'network.choose': 'Network',
  'network.period': 'Period {start} – {end}',
  'network.memberCount': '{count} member organisations',
  'network.mapTitle': 'Map',
  'network.mapLabel': 'Map of the member organisations of {name}',
  'network.mapHint': 'Select a point to see the organisation. The table lists the same members.',
  'network.legend': 'Role in the network',
  'network.tableCaption': 'Member organisations of {name}',
  'network.col.name': 'Name',
  'network.col.kind': 'Kind',
  'network.col.country': 'Country',
  'network.col.role': 'Role in the network',
  'network.showOnMap': 'Show on map',
  'network.showOnMapLabel': 'Show {name} on the map',
  'network.mapUnavailable':
    'The map cannot be shown in this browser (WebGL is not available). The table below lists every member.',

  'networkRole.lead': 'Lead',
  'networkRole.consortium': 'Consortium partner',
  'networkRole.associated': 'Associated city',
  'networkRole.expert-committee': 'Expert committee',
  'networkRole.observer': 'Observer',

  'network.programme.title': 'Programme',
  'network.programme.hint':
    'Meetings, workshops, police academies, field visits and exchanges of officers during mass events.',
  'network.programme.publicOnly':
    'Only the public activities are shown. The member organisations of the network see the whole programme.',
  'network.programme.calendar': 'Add to my calendar (iCalendar)',
  'network.programme.calendarHint':
    'Subscribe to this address in your calendar application to keep up with changes.',
  'network.programme.upcoming': 'Upcoming',
  'network.programme.past': 'Past',
  'network.programme.empty': 'No activity is on the programme yet.',
  'network.programme.noUpcoming': 'No upcoming activity.',
  'network.programme.add': 'Add an activity',
  'network.programme.newTitle': 'New activity',
  'network.programme.editTitle': 'Edit “{title}”',
  'network.programme.editLabel': 'Edit {title}',
  'network.programme.deleteLabel': 'Delete {title}',
  'network.programme.deleteQuestion':
    'Delete “{title}” from the programme? Its registrations are deleted too.',
  'network.programme.saved': 'The programme is saved.',

  'network.activity.tbc': 'dates to be confirmed',
  'network.activity.during': 'During {event}',
  'network.activity.membersOnly': 'Members only',
  'network.activity.places': 'Places taken: {taken} of {places}',
  'network.activity.full': 'Full',

  'network.registration.legend': 'Register my organisation',
  'network.registration.people': 'Number of people',
  'network.registration.register': 'Register',
  'network.registration.change': 'Change',
  'network.registration.cancel': 'Cancel my registration',
  'network.registration.mine': 'My organisation is registered. People: {count}',
  'network.registration.sending': 'Sending…',

  'network.registrations.title': 'Registrations',
  'network.registrations.none': 'No organisation has registered yet.',
  'network.registrations.col.org': 'Organisation',
  'network.registrations.col.people': 'People',
  'network.registrations.col.by': 'Registered by',
  'network.registrations.col.at': 'Registered on',

  'network.activityForm.kind': 'Kind of activity',
  'network.activityForm.title': 'Title',
  'network.activityForm.description': 'Description',
  'network.activityForm.precision': 'Dates known',
  'network.activityForm.start': 'Start',
  'network.activityForm.end': 'End',
  'network.activityForm.monthFormat': 'YYYY-MM',
  'network.activityForm.endHint': 'Leave empty when it ends the same day, month or year it starts.',
  'network.activityForm.city': 'City',
  'network.activityForm.country': 'Country',
  'network.activityForm.noCountry': 'Not given',
  'network.activityForm.massEvent': 'Mass event',
  'network.activityForm.massEventHint':
    'The event during which the officers are exchanged, such as the Carnival of Nice.',
  'network.activityForm.public': 'On the public calendar',
  'network.activityForm.publicHint':
    'Its title, dates and place are seen by everyone, without an account. Otherwise only the members of the network see it.',
  'network.activityForm.places': 'Places',
  'network.activityForm.placesHint': 'Leave empty when the activity takes no registration.',
  'network.activityForm.create': 'Add to the programme',
  'network.activityForm.problem.title': 'Give the activity a title.',
  'network.activityForm.problem.start': 'Give the start date.',
  'network.activityForm.problem.end': 'The end cannot come before the start.',
  'network.activityForm.problem.places': 'Places: a whole number from 1 to 10,000, or empty.',

  'datePrecision.day': 'Day by day',
  'datePrecision.month': 'Month only (dates to be confirmed)',
  'datePrecision.year': 'Year only (dates to be confirmed)',

  'activityKind.meeting': 'Meeting',
  'activityKind.workshop': 'Workshop',
  'activityKind.academy': 'Police academy',
  'activityKind.field-visit': 'Field visit',
  'activityKind.exchange': 'Exchange of officers',
  'activityKind.conference': 'Conference',
};
