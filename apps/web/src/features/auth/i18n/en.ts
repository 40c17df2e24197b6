/**
 * The English words of signing in, and joining an organisation by invitation (with a new account or an
 * existing one). The source of this slice's keys: each other language's slice is typed against it.
 */
export const authEn = {
  'signIn.title': 'Sign in',
  'signIn.intro': 'Pactesur helps cities, their police and their partners keep public spaces open and safe.',
  'signIn.email': 'E-mail address',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.working': 'Signing in…',
  'signIn.welcome': 'Welcome, {name}.',

  'accept.title': 'Join {org}',
  'accept.summary': 'You are invited to join {org} with the role {role}, at the address {email}.',
  'accept.expires': 'This invitation expires on {date}.',
  'accept.newAccount': 'Create your account',
  'accept.displayName': 'Your name',
  'accept.password': 'Password (at least 10 characters)',
  'accept.submit': 'Create my account and join',
  'accept.existing': 'An account with this address exists. Sign in to accept the invitation.',
  'accept.signInAndJoin': 'Sign in and join',
  'accept.joinAs': 'Join as {name}',
  'accept.wrongAccount':
    'You are signed in as {email}, but this invitation is for {invited}. Sign out first.',
  'accept.joined': 'Welcome to {org}.',
};
