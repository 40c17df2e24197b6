/**
 * The English words of the cities' awareness pages: the index of the published pages, a city's page (its
 * sections in the language chosen, the public alerts in force beside it, its public practices), the
 * editor of its editors, the topics of a section, and the links to these public pages from the sign-in
 * screen and the organisation's page. The source of this slice's keys: each other language's slice is
 * typed against it.
 */
export const awarenessEn = {
  // The index of cities
  'awareness.citiesTitle': 'Staying safe in our cities',
  'awareness.citiesIntro':
    'What each city of the network tells its residents and visitors to stay safe in its public spaces: what to do in an attack, how it alerts them, the events ahead, how to report a concern and whom to call. Open to everyone, without an account.',
  'awareness.citiesCaption': 'Cities with a published page',
  'awareness.col.city': 'City',
  'awareness.col.country': 'Country',
  'awareness.col.languages': 'Languages',
  'awareness.col.updated': 'Updated',
  'awareness.citiesEmpty': 'No city has published its page yet.',

  // A city's page
  'awareness.back': 'All the cities',
  'awareness.eyebrow': 'Staying safe in public spaces',
  'awareness.updated': 'Updated on {date}',
  'awareness.unpublished': 'Not published: only the members of {org} can read this page.',
  'awareness.language': 'Language of the page',
  'awareness.empty': 'Nothing is written on this page yet.',
  'awareness.edit': 'Edit the page',
  'awareness.saved': 'The page is saved.',
  'awareness.alertsTitle': 'Public alerts in force',
  'awareness.alertsNone': 'No public alert of the city is in force.',
  'awareness.alertsMap': 'Map of the areas of the public alerts in force',
  'awareness.alertAreas': 'Where: {areas}',
  'awareness.alertExpires': 'Until {date}',
  'awareness.alertsFeed': 'Follow the city’s alerts (Atom feed)',
  'awareness.practicesTitle': 'What the city does',
  'awareness.practicesIntro': 'Its practices published for everyone.',
  'awareness.practicesNone': 'The city has not published a practice for everyone yet.',
  'awareness.practicesAll': 'Every practice of the network',

  // Links to the public pages
  'awareness.ourPage': 'Our public page',
  'awareness.publicLinks': 'Open without an account',
  'awareness.reportTitle': 'Report a problem',
  'awareness.reportIntro':
    'Something wrong in a public space of the city that is not an emergency: an unattended bag, a blocked emergency access, a damaged bollard?',
  'awareness.reportLink': 'Report it online, without an account',

  // The topics of a section
  'awarenessTopic.what-to-do': 'What to do in an attack',
  'awarenessTopic.alerts': 'How the city alerts you',
  'awarenessTopic.events': 'Events ahead',
  'awarenessTopic.reporting': 'Reporting a concern',
  'awarenessTopic.contacts': 'Whom to call',
  'awarenessTopic.other': 'Other',

  // The editor
  'awarenessEdit.title': 'Edit the page',
  'awarenessEdit.intro':
    'Write, section by section, what residents and visitors should know, in the language of the city, then translate it. Plain text only: nothing you type is read as formatting.',
  'awarenessEdit.sourceHint': 'The language you write the page in; translations are added beside it.',
  'awarenessEdit.translationIntro':
    'Translate the sections into {language}. Topics and the order of the sections are chosen in the tab of the language the page is written in.',
  'awarenessEdit.section': 'Section {n}',
  'awarenessEdit.topic': 'Topic',
  'awarenessEdit.sectionTitle': 'Title',
  'awarenessEdit.sectionBody': 'Text',
  'awarenessEdit.bodyHint':
    'A blank line starts a new paragraph; a line starting with “- ” is an item of a list.',
  'awarenessEdit.noSections': 'No section yet: add the first one.',
  'awarenessEdit.addSection': 'Add a section',
  'awarenessEdit.maxSections': 'A page has at most {max} sections.',
  'awarenessEdit.up': 'Up',
  'awarenessEdit.down': 'Down',
  'awarenessEdit.remove': 'Remove',
  'awarenessEdit.moveUp': 'Move section {n} up',
  'awarenessEdit.moveDown': 'Move section {n} down',
  'awarenessEdit.removeSection': 'Remove section {n}',
  'awarenessEdit.published': 'Published',
  'awarenessEdit.publishedHint':
    'Readable by everyone, without an account. Unticked, only the members of your organisation can read it.',
  'awarenessEdit.save': 'Save the page',
  'awarenessEdit.problems': 'Not saved yet:',
  'awarenessEdit.problem.title': 'Section {n} needs a title in the language the page is written in.',
  'awarenessEdit.problem.body': 'Section {n} needs a text in the language the page is written in.',
};
