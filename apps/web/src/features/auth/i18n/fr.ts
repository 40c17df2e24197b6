import type { Slice } from '../../../i18n/slice.ts';
import type { authEn } from './en.ts';

/**
 * The French words of signing in, and joining an organisation by invitation (with a new account or an
 * existing one).
 */
export const authFr: Slice<typeof authEn> = {
  'signIn.title': 'Connexion',
  'signIn.intro':
    'Pactesur aide les villes, leurs polices et leurs partenaires à garder les espaces publics ouverts et sûrs.',
  'signIn.email': 'Adresse e-mail',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.working': 'Connexion…',
  'signIn.welcome': 'Bienvenue, {name}.',

  'accept.title': 'Rejoindre {org}',
  'accept.summary': "Vous êtes invité à rejoindre {org} avec le rôle {role}, à l'adresse {email}.",
  'accept.expires': 'Cette invitation expire le {date}.',
  'accept.newAccount': 'Créer votre compte',
  'accept.displayName': 'Votre nom',
  'accept.password': 'Mot de passe (au moins 10 caractères)',
  'accept.submit': 'Créer mon compte et rejoindre',
  'accept.existing': "Un compte existe pour cette adresse. Connectez-vous pour accepter l'invitation.",
  'accept.signInAndJoin': 'Se connecter et rejoindre',
  'accept.joinAs': 'Rejoindre en tant que {name}',
  'accept.wrongAccount':
    "Vous êtes connecté en tant que {email}, mais cette invitation est destinée à {invited}. Déconnectez-vous d'abord.",
  'accept.joined': 'Bienvenue dans {org}.',
};
