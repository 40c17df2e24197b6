import type { Slice } from '../../../i18n/slice.ts';
import type { authEn } from './en.ts';

/**
 * The Italian words of signing in, and joining an organisation by invitation (with a new account or an
 * existing one).
 */
export const authIt: Slice<typeof authEn> = {
  'signIn.title': 'Accedi',
  'signIn.intro':
    'Pactesur aiuta le città, le loro polizie e i loro partner a mantenere gli spazi pubblici aperti e sicuri.',
  'signIn.email': 'Indirizzo e-mail',
  'signIn.password': 'Password',
  'signIn.submit': 'Accedi',
  'signIn.working': 'Accesso in corso…',
  'signIn.welcome': 'Benvenuto/a, {name}.',

  'accept.title': 'Unisciti a {org}',
  'accept.summary': "Sei invitato a unirti a {org} con il ruolo {role}, all'indirizzo {email}.",
  'accept.expires': 'Questo invito scade il {date}.',
  'accept.newAccount': 'Crea il tuo account',
  'accept.displayName': 'Il tuo nome',
  'accept.password': 'Password (almeno 10 caratteri)',
  'accept.submit': 'Crea il mio account e unisciti',
  'accept.existing': "Esiste già un account con questo indirizzo. Accedi per accettare l'invito.",
  'accept.signInAndJoin': 'Accedi e unisciti',
  'accept.joinAs': 'Unisciti come {name}',
  'accept.wrongAccount':
    'Hai effettuato l’accesso come {email}, ma questo invito è per {invited}. Esci prima.',
  'accept.joined': 'Benvenuto/a in {org}.',
};
