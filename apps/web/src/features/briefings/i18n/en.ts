/**
 * The English words of briefings: the list, one briefing, and the words of the sharing panel
 * (`briefing.share` …). The source of this slice's keys: each other language's slice is typed against it.
 */
export const briefingsEn = {
  'nav.briefings': 'Briefings',
  'briefings.title': 'Briefings',
  'briefings.intro':
    'Briefings are sensitive: they belong to the organisation that wrote them and are shared only on purpose, with named organisations. Every read is recorded in the audit log.',
  'briefings.new': 'New briefing',
  'briefings.caption': 'Briefings you can read',
  'briefings.col.title': 'Title',
  'briefings.col.owner': 'Owner',
  'briefings.col.access': 'Your access',
  'briefings.col.updated': 'Last updated',
  'briefings.empty': 'No briefings yet.',
  'briefing.back': 'All briefings',
  'briefing.titleField': 'Title',
  'briefing.body': 'Text',
  'briefing.create': 'Create briefing',
  'briefing.created': 'The briefing has been created.',
  'briefing.saved': 'The briefing has been saved.',
  'briefing.deleted': 'The briefing has been deleted.',
  'briefing.sensitive': 'Sensitive record owned by {org}',
  'briefing.updatedAt': 'Last updated {date}',
  'briefing.sharing': 'Sharing',
  'briefing.sharesCaption': 'Organisations this briefing is shared with',
  'briefing.notShared': 'This briefing is not shared with any organisation.',
  'briefing.shareWith': 'Organisation',
  'briefing.chooseOrg': 'Choose an organisation',
  'briefing.right': 'Right',
  'briefing.share': 'Share',
  'briefing.unshare': 'Stop sharing',
  'briefing.unshareLabel': 'Stop sharing with {org}',
  'briefing.shared': 'The briefing is now shared with {org}.',
  'briefing.unshared': 'The briefing is no longer shared with {org}.',
  'recordKind.briefing': 'Briefing',
};
