import type { Slice } from '../../i18n/slice.ts';
import type { appEn } from './en.ts';

/** The French words of the app shell: the product, page loading, the main navigation and the header. */
export const appFr: Slice<typeof appEn> = {
  'app.name': 'Pactesur',
  'app.tagline': 'Des espaces publics ouverts et sûrs',
  'app.skipToContent': 'Aller au contenu principal',
  'app.loading': 'Chargement…',
  'app.notFound': 'Page introuvable',
  'app.notFoundBody': "Il n'y a pas de page à cette adresse.",
  'app.backHome': "Aller à la page d'accueil",
  'app.pageLoadFailed': "Cette page n'a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.",
  'app.reloadPage': 'Recharger la page',
  'app.noOrg': "Choisissez d'abord, dans l'en-tête, l'organisation pour laquelle vous agissez.",

  'nav.label': 'Navigation principale',

  'header.actingFor': 'Agir pour',
  'header.noOrg': 'Aucune organisation',
  'header.language': 'Langue',
  'header.account': 'Compte',
  'header.signOut': 'Se déconnecter',
  'header.signOutEverywhere': 'Se déconnecter partout',
  'header.switched': 'Vous agissez maintenant pour {org}.',
  'header.signedOut': 'Vous avez été déconnecté.',
  'header.languageChanged': "L'interface est maintenant en français.",
};
