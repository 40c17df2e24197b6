/**
 * The English words of citizens' reports: the public reporting page and its follow-up by link, the
 * categories (their names and what each is for) and statuses, the triage of the reports an organisation
 * receives, its coverage areas and Open311 API keys, and the public transparency page. The source of this
 * slice's keys: each other language's slice is typed against it.
 */
export const citizensEn = {
  'nav.reports': 'Reports',
  'recordKind.citizen-report': 'Citizen’s report',
  'recordKind.citizen-coverage': 'Coverage area of reports',
  'recordKind.citizen-api-key': 'Open311 API key',

  // Categories: their names, and what each is for (shown where a reporter chooses one)
  'reportCategory.unattended-item': 'Unattended item',
  'reportCategory.blocked-emergency-access': 'Blocked emergency access',
  'reportCategory.damaged-barrier': 'Damaged barrier or bollard',
  'reportCategory.suspicious-vehicle': 'Suspicious vehicle',
  'reportCategory.crowding': 'Crowding',
  'reportCategory.lighting-fault': 'Lighting fault',
  'reportCategory.event-safety': 'Safety at an event',
  'reportCategory.other': 'Something else',
  'reportPurpose.unattended-item':
    'A bag, parcel or object left alone in a public place, so that it is checked and removed.',
  'reportPurpose.blocked-emergency-access':
    'A fire lane, emergency exit or access for ambulances blocked, so that it is cleared.',
  'reportPurpose.damaged-barrier':
    'A bollard, barrier or heavy planter damaged, moved or missing, so that it is repaired.',
  'reportPurpose.suspicious-vehicle':
    'A vehicle parked or driven where it should not be near a crowded place, so that it is checked.',
  'reportPurpose.crowding':
    'A place getting too crowded or a queue becoming dangerous, so that it is managed.',
  'reportPurpose.lighting-fault': 'A street light out or a dark passage, so that it is repaired.',
  'reportPurpose.event-safety':
    'A problem at an event: a closed exit, a shaky stage, a missing steward, so that the organisers act.',
  'reportPurpose.other': 'Another problem of a public space that is not an emergency.',

  // Statuses
  'reportStatus.open': 'Received',
  'reportStatus.in-progress': 'In progress',
  'reportStatus.closed': 'Closed',
  'reportStatus.open.meaning': '{org} has received your report and will look at it.',
  'reportStatus.in-progress.meaning': '{org} is dealing with it.',
  'reportStatus.closed.meaning': '{org} has finished dealing with it.',

  // The reporting page
  'citizens.report.eyebrow': 'Safe public spaces',
  'citizens.report.title': 'Report a problem in a public space',
  'citizens.report.intro':
    'Tell the city about a problem you noticed: an unattended bag, a blocked emergency access, a damaged bollard. No account is needed.',
  'citizens.report.privacy':
    'Your report goes only to the organisation in charge of it there. What is kept, and for how long:',
  'citizens.transparencyLink': 'transparency of reports',
  'citizens.emergency.title': 'This is not for emergencies.',
  'citizens.emergency.call': 'If someone is in danger or something is happening now, call 112.',
  'citizens.emergency.noVideo':
    'No live video is taken and nobody follows you: only what you write and the photo you choose to add are sent.',

  'citizens.place.legend': '1. Where is it?',
  'citizens.place.hint':
    'Click the place on the map (zoom in with the buttons or the mouse wheel), or type its latitude and longitude.',
  'citizens.place.map': 'Map: click where the problem is',
  'citizens.place.none': 'No place chosen yet.',
  'citizens.place.chosen': 'Place chosen: latitude {lat}, longitude {lng}.',
  'citizens.place.lat': 'Latitude',
  'citizens.place.lng': 'Longitude',
  'citizens.place.locate': 'Use my position',
  'citizens.place.locating': 'Finding your position…',
  'citizens.place.locateFailed': 'Your position could not be found. Click the place on the map instead.',
  'citizens.place.address': 'Address or landmark (optional)',
  'citizens.place.addressHint': 'For example: “in front of the fountain, Place Masséna”.',

  'citizens.category.legend': '2. What is it?',
  'citizens.category.placeFirst': 'Choose the place first: the categories depend on who takes reports there.',
  'citizens.category.none':
    'No organisation takes reports at this place yet. Choose another place, or contact the city directly.',
  'citizens.category.goesTo': 'Goes to: {org}',
  'citizens.category.kept': 'Kept {days} days after it is closed, then deleted.',
  'citizens.category.mayHide': 'You may hide your name.',
  'citizens.category.named': 'Your name is needed for this category: the organisation may have to reach you.',

  'citizens.what.legend': '3. Tell us more',
  'citizens.description.label': 'What you saw',
  'citizens.description.hint': 'What you saw, and since when. Do not write other people’s names.',
  'citizens.description.count': '{used} of {max} characters',
  'citizens.description.over': '{over} characters too many (at most {max}).',
  'citizens.photo.label': 'Photo (optional, JPEG or PNG)',
  'citizens.photo.hint':
    'Faces in the photo are blurred automatically and its location data (such as GPS) removed before anyone sees it.',
  'citizens.photo.wrongType': 'Choose a JPEG or PNG photo.',

  'citizens.contact.legend': '4. Your contact',
  'citizens.contact.hint':
    'Optional, unless the category needs your name. Read only by the organisation that receives your report, if it needs to ask you something. Never published.',
  'citizens.contact.hideName': 'Hide my name',
  'citizens.contact.hideNameHint':
    'The organisation will not know who you are. You follow your report with its link only.',
  'citizens.contact.namedCategory':
    'For this category, give at least your first or last name. Only the organisation that receives the report reads it.',
  'citizens.contact.firstName': 'First name',
  'citizens.contact.lastName': 'Last name',
  'citizens.contact.email': 'E-mail address',
  'citizens.contact.phone': 'Phone',

  'citizens.problem.place': 'Choose the place on the map.',
  'citizens.problem.category': 'Choose what it is.',
  'citizens.problem.description': 'Describe what you saw.',
  'citizens.problem.name': 'Give your name: this category is not anonymous.',
  'citizens.problem.too-long': 'The description is too long.',
  'citizens.send': 'Send the report',
  'citizens.sending': 'Sending…',

  // Sent
  'citizens.sent.title': 'Thank you, your report is sent',
  'citizens.sent.org': 'It went to {org}.',
  'citizens.sent.requestId': 'Report number: {id}',
  'citizens.sent.photo': 'Your photo was received; faces in it are blurred.',
  'citizens.sent.photoFailed': 'Your report is sent, but the photo could not be added.',
  'citizens.sent.link': 'Link to follow your report',
  'citizens.copy': 'Copy',
  'citizens.sent.copied': 'The link is copied.',
  'citizens.sent.keep':
    'Keep this link: it is the only way to follow your report, and it is not shown again.',
  'citizens.sent.open': 'Open the follow-up page',
  'citizens.sent.another': 'Report something else',

  // Follow-up by link
  'citizens.track.back': 'Report a problem',
  'citizens.track.eyebrow': 'Follow your report',
  'citizens.track.title': 'Report {id}',
  'citizens.track.status': 'Where it stands',
  'citizens.track.note': 'Note from {org}:',
  'citizens.track.org': 'Dealt with by',
  'citizens.track.sent': 'Sent on',
  'citizens.track.updated': 'Last changed on',
  'citizens.track.address': 'Address or landmark',
  'citizens.track.text': 'What you reported',
  'citizens.track.photo': 'The published photo of the report, faces blurred',
  'citizens.track.reload': 'Come back to this page later to see what has changed.',

  // Triage
  'citizens.reports.title': 'Citizens’ reports',
  'citizens.reports.intro': 'The non-emergency reports {org} received from the public.',
  'citizens.reports.settings': 'Coverage and API keys',
  'citizens.reports.caption': 'Reports received',
  'citizens.reports.none': 'No report received yet.',
  'citizens.reports.noneFiltered': 'No report matches these filters.',
  'citizens.reports.notAllowed':
    'Reports hold personal data: only the analysts, editors and administrators of {org} read them.',
  'citizens.reports.open': '{category} — {id}',
  'citizens.filter.status': 'Status',
  'citizens.filter.category': 'Category',
  'citizens.filter.any': 'Any',
  'citizens.col.report': 'Report',
  'citizens.col.received': 'Received',
  'citizens.col.status': 'Status',
  'citizens.col.place': 'Place',
  'citizens.col.published': 'Published',

  'citizens.triage.pageTitle': 'Report {id}',
  'citizens.triage.updated': 'last changed on {date}',
  'citizens.triage.description': 'What was reported',
  'citizens.triage.mediaUrl': 'Photo hosted by the reporter’s application:',
  'citizens.triage.aside': 'About the report',
  'citizens.triage.facts': 'Details',
  'citizens.triage.category': 'Category',
  'citizens.triage.requestId': 'Report number',
  'citizens.triage.via': 'Sent through',
  'citizens.via.web': 'the reporting page',
  'citizens.via.open311': 'an Open311 application',
  'citizens.triage.coordinates': 'Coordinates (latitude, longitude)',
  'citizens.triage.purgeAfter': 'Deleted after',
  'citizens.triage.contact': 'Reporter',
  'citizens.triage.anonymous': 'The reporter hid their name.',
  'citizens.triage.noContact': 'The reporter left no contact.',
  'citizens.triage.name': 'Name',
  'citizens.triage.contactPrivate': 'Only your organisation reads this; it is never published.',
  'citizens.triage.map': 'Map of where the report was made',
  'citizens.triage.title': 'Triage',
  'citizens.triage.status': 'Status',
  'citizens.triage.note': 'Public note',
  'citizens.triage.noteHint': 'The reporter reads it on their follow-up page; the public too once published.',
  'citizens.triage.blur': 'Photo and blurring',
  'citizens.triage.faces':
    'Faces blurred automatically: {count}. Blur anything else that identifies someone (a number plate, a face missed) before publishing.',
  'citizens.triage.photo': 'The photo of the report, faces blurred',
  'citizens.triage.published': 'Published',
  'citizens.triage.publishedHint':
    'Shows the text and the blurred photo to the public. Never the reporter’s name or contact.',
  'citizens.triage.isPublished': 'Published: its text and blurred photo are public.',
  'citizens.triage.notPublished': 'Not published.',
  'citizens.triage.readOnly': 'Editors and administrators of your organisation triage reports.',
  'citizens.triage.save': 'Save the triage',
  'citizens.triage.saved': 'The triage is saved.',

  'citizens.blur.hint':
    'Draw a rectangle on the photo over what to blur, or add a region and give its position in percent of the photo.',
  'citizens.blur.full': 'At most {max} regions.',
  'citizens.blur.region': 'Region {n}',
  'citizens.blur.x': 'From the left (%)',
  'citizens.blur.y': 'From the top (%)',
  'citizens.blur.width': 'Width (%)',
  'citizens.blur.height': 'Height (%)',
  'citizens.blur.remove': 'Remove',
  'citizens.blur.removeLabel': 'Remove region {n}',
  'citizens.blur.add': 'Add a region to blur',

  // Settings
  'citizens.settings.title': 'Coverage and API keys',
  'citizens.settings.intro': 'Where {org} takes citizens’ reports, and the applications that may send them.',
  'citizens.settings.notAllowed': 'Only the administrators of {org} manage its coverage and API keys.',
  'citizens.coverage.title': 'Coverage areas',
  'citizens.coverage.intro':
    'A report goes to the organisation whose area takes its category where it was made (the smallest area when several do).',
  'citizens.coverage.new': 'New coverage area',
  'citizens.coverage.name': 'Name',
  'citizens.coverage.categories': 'Categories taken',
  'citizens.coverage.area': 'Area',
  'citizens.coverage.size': 'Size',
  'citizens.coverage.drawHint':
    'Click on the map to add the corners of the area, in order around it. The area closes itself.',
  'citizens.coverage.map': 'Map of the coverage areas',
  'citizens.coverage.undo': 'Undo the last corner',
  'citizens.coverage.clear': 'Clear',
  'citizens.coverage.corners': 'Corners: {count}',
  'citizens.coverage.problem.name': 'Give the area a name.',
  'citizens.coverage.problem.categories': 'Choose at least one category.',
  'citizens.coverage.problem.too-few': 'An area needs at least three corners.',
  'citizens.coverage.problem.self-intersecting': 'The edges of the area cross each other.',
  'citizens.coverage.save': 'Save the area',
  'citizens.coverage.saved': 'The area {name} is saved.',
  'citizens.coverage.none': 'Your organisation takes no reports yet: draw its first area.',
  'citizens.coverage.confirmDelete': 'Delete the area {name}? Reports made there will no longer come to you.',
  'citizens.coverage.deleteLabel': 'Delete the area {name}',
  'citizens.coverage.deleted': 'The area {name} is deleted.',

  'citizens.keys.title': 'Open311 API keys',
  'citizens.keys.intro':
    'A reporting application sends its reports to {path} with one of these keys. Give each application its own key.',
  'citizens.keys.name': 'Used by',
  'citizens.keys.nameHint': 'Who uses the key, for example “City app (Android)”.',
  'citizens.keys.issue': 'Issue a key',
  'citizens.keys.issued': 'The key for {name} is issued.',
  'citizens.keys.once': 'Copy this key now: it is shown only this once.',
  'citizens.keys.key': 'API key',
  'citizens.keys.copied': 'The key is copied.',
  'citizens.keys.done': 'I have copied it',
  'citizens.keys.none': 'No API key yet.',
  'citizens.keys.prefix': 'Starts with',
  'citizens.keys.created': 'Issued',
  'citizens.keys.lastUsed': 'Last used',
  'citizens.keys.never': 'Never',
  'citizens.keys.state': 'State',
  'citizens.keys.active': 'In use',
  'citizens.keys.revokedOn': 'Revoked on {date}',
  'citizens.keys.revoke': 'Revoke',
  'citizens.keys.revokeLabel': 'Revoke the key of {name}',
  'citizens.keys.confirmRevoke':
    'Revoke the key of {name}? The application will no longer be able to send reports.',
  'citizens.keys.revoked': 'The key of {name} is revoked.',

  // Transparency
  'citizens.transparency.title': 'Transparency of citizens’ reports',
  'citizens.transparency.intro':
    'What happens to the reports people send: what each category is for, how long reports are kept, and how many there are.',
  'citizens.transparency.report': 'Report a problem',
  'citizens.transparency.caption':
    'Categories of report, their retention and the reports of the last 365 days',
  'citizens.transparency.category': 'Category',
  'citizens.transparency.purpose': 'What it is for',
  'citizens.transparency.retention': 'Kept after closing',
  'citizens.transparency.days': '{days} days',
  'citizens.transparency.anonymous': 'Name may be hidden',
  'citizens.transparency.received': 'Received (365 days)',
  'citizens.transparency.kept.open': 'Kept: received',
  'citizens.transparency.kept.in-progress': 'Kept: in progress',
  'citizens.transparency.kept.closed': 'Kept: closed',
  'citizens.transparency.retentionHint':
    'A report never closed is deleted once that time has passed since it was made.',
  'citizens.transparency.year': 'In the last 365 days',
  'citizens.transparency.purged': 'Reports deleted when their time was up',
  'citizens.transparency.photos': 'Photos received',
  'citizens.transparency.faces': 'Faces blurred in them',
  'citizens.transparency.privacy': 'Privacy by design',
  'citizens.transparency.noVideo':
    'No live video of citizens is ever taken: the reporting page sends only what the reporter writes and the photo they choose.',
  'citizens.transparency.photosBlurred':
    'Faces in photos are blurred automatically and location data removed before anyone sees them; organisations blur anything else by hand before publishing.',
  'citizens.transparency.contactPrivate':
    'A reporter’s contact is read only by the organisation that receives the report, and never published.',
  'citizens.transparency.purposeLimited':
    'Reports are used only to deal with the problem reported, then deleted when their time is up.',
  'citizens.transparency.dpia':
    'Organisations assess the risks to people’s rights with the data-protection impact assessment template of the platform’s documentation:',
  'citizens.transparency.developers': 'For developers',
  'citizens.transparency.open311':
    'Reports can also be sent and read through the Open311 GeoReport v2 interface. Its list of categories:',
};
