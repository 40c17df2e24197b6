/**
 * The English words of the app shell: the product, page loading, the main navigation and the header. The
 * source of this slice's keys: each other language's slice is typed against it.
 */
export const appEn = {
  'app.name': 'Pactesur',
  'app.tagline': 'Open and safe public spaces',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.notFound': 'Page not found',
  'app.notFoundBody': 'There is no page at this address.',
  'app.backHome': 'Go to the home page',
  'app.pageLoadFailed': 'This page could not be loaded. Check your connection, then reload the page.',
  'app.reloadPage': 'Reload the page',
  'app.noOrg': 'Choose the organisation you act for in the header first.',

  'nav.label': 'Main',

  'header.actingFor': 'Acting for',
  'header.noOrg': 'No organisation',
  'header.language': 'Language',
  'header.account': 'Account',
  'header.signOut': 'Sign out',
  'header.signOutEverywhere': 'Sign out everywhere',
  'header.switched': 'You now act for {org}.',
  'header.signedOut': 'You have been signed out.',
  'header.languageChanged': 'The interface is now in English.',
};
