import type { Slice } from '../../../i18n/slice.ts';
import type { briefingsEn } from './en.ts';

/**
 * The French words of briefings: the list, one briefing, and the words of the sharing panel (`briefing.share`
 * …).
 */
export const briefingsFr: Slice<typeof briefingsEn> = {
  'nav.briefings': 'Notes confidentielles',
  'briefings.title': 'Notes confidentielles',
  'briefings.intro':
    "Les notes confidentielles sont sensibles : elles appartiennent à l'organisation qui les a rédigées et ne sont partagées que volontairement, avec des organisations nommées. Chaque lecture est inscrite au journal d'audit.",
  'briefings.new': 'Nouvelle note',
  'briefings.caption': 'Notes que vous pouvez lire',
  'briefings.col.title': 'Titre',
  'briefings.col.owner': 'Propriétaire',
  'briefings.col.access': 'Votre accès',
  'briefings.col.updated': 'Dernière modification',
  'briefings.empty': 'Aucune note pour le moment.',
  'briefing.back': 'Toutes les notes',
  'briefing.titleField': 'Titre',
  'briefing.body': 'Texte',
  'briefing.create': 'Créer la note',
  'briefing.created': 'La note a été créée.',
  'briefing.saved': 'La note a été enregistrée.',
  'briefing.deleted': 'La note a été supprimée.',
  'briefing.sensitive': 'Enregistrement sensible appartenant à {org}',
  'briefing.updatedAt': 'Dernière modification le {date}',
  'briefing.sharing': 'Partage',
  'briefing.sharesCaption': 'Organisations avec lesquelles cette note est partagée',
  'briefing.notShared': "Cette note n'est partagée avec aucune organisation.",
  'briefing.shareWith': 'Organisation',
  'briefing.chooseOrg': 'Choisissez une organisation',
  'briefing.right': 'Droit',
  'briefing.share': 'Partager',
  'briefing.unshare': 'Ne plus partager',
  'briefing.unshareLabel': 'Ne plus partager avec {org}',
  'briefing.shared': 'La note est maintenant partagée avec {org}.',
  'briefing.unshared': "La note n'est plus partagée avec {org}.",
  'recordKind.briefing': 'Note confidentielle',
};
