import type { Slice } from '../../../i18n/slice.ts';
import type { awarenessEn } from './en.ts';

/** The French words of the cities' awareness pages. */
export const awarenessFr: Slice<typeof awarenessEn> = {
  'awareness.citiesTitle': 'Rester en sécurité dans nos villes',
  'awareness.citiesIntro':
    'Ce que chaque ville du réseau dit à ses habitants et à ses visiteurs pour rester en sécurité dans ses espaces publics : que faire en cas d’attaque, comment elle les alerte, les événements à venir, comment signaler une inquiétude et qui appeler. Ouvert à tous, sans compte.',
  'awareness.citiesCaption': 'Villes ayant publié leur page',
  'awareness.col.city': 'Ville',
  'awareness.col.country': 'Pays',
  'awareness.col.languages': 'Langues',
  'awareness.col.updated': 'Mise à jour',
  'awareness.citiesEmpty': 'Aucune ville n’a encore publié sa page.',
  'awareness.back': 'Toutes les villes',
  'awareness.eyebrow': 'Rester en sécurité dans l’espace public',
  'awareness.updated': 'Mise à jour le {date}',
  'awareness.unpublished': 'Non publiée : seuls les membres de {org} peuvent lire cette page.',
  'awareness.language': 'Langue de la page',
  'awareness.empty': 'Rien n’est encore écrit sur cette page.',
  'awareness.edit': 'Modifier la page',
  'awareness.saved': 'La page est enregistrée.',
  'awareness.alertsTitle': 'Alertes publiques en cours',
  'awareness.alertsNone': 'Aucune alerte publique de la ville n’est en cours.',
  'awareness.alertsMap': 'Carte des zones des alertes publiques en cours',
  'awareness.alertAreas': 'Où : {areas}',
  'awareness.alertExpires': 'Jusqu’au {date}',
  'awareness.alertsFeed': 'Suivre les alertes de la ville (flux Atom)',
  'awareness.practicesTitle': 'Ce que fait la ville',
  'awareness.practicesIntro': 'Ses pratiques publiées pour tous.',
  'awareness.practicesNone': 'La ville n’a pas encore publié de pratique pour tous.',
  'awareness.practicesAll': 'Toutes les pratiques du réseau',
  'awareness.ourPage': 'Notre page publique',
  'awareness.publicLinks': 'Ouvert sans compte',
  'awareness.reportTitle': 'Signaler un problème',
  'awareness.reportIntro':
    'Quelque chose ne va pas dans un espace public de la ville, sans que ce soit une urgence : un sac abandonné, un accès des secours bloqué, une borne endommagée ?',
  'awareness.reportLink': 'Le signaler en ligne, sans compte',
  'awarenessTopic.what-to-do': 'Que faire en cas d’attaque',
  'awarenessTopic.alerts': 'Comment la ville vous alerte',
  'awarenessTopic.events': 'Événements à venir',
  'awarenessTopic.reporting': 'Signaler une inquiétude',
  'awarenessTopic.contacts': 'Qui appeler',
  'awarenessTopic.other': 'Autre',
  'awarenessEdit.title': 'Modifier la page',
  'awarenessEdit.intro':
    'Écrivez, rubrique par rubrique, ce que les habitants et les visiteurs doivent savoir, dans la langue de la ville, puis traduisez-le. Texte simple uniquement : rien de ce que vous tapez n’est lu comme une mise en forme.',
  'awarenessEdit.sourceHint':
    'La langue dans laquelle vous écrivez la page ; les traductions s’ajoutent à côté.',
  'awarenessEdit.translationIntro':
    'Traduisez les rubriques en {language}. Les thèmes et l’ordre des rubriques se choisissent dans l’onglet de la langue dans laquelle la page est écrite.',
  'awarenessEdit.section': 'Rubrique {n}',
  'awarenessEdit.topic': 'Thème',
  'awarenessEdit.sectionTitle': 'Titre',
  'awarenessEdit.sectionBody': 'Texte',
  'awarenessEdit.bodyHint':
    'Une ligne vide commence un nouveau paragraphe ; une ligne commençant par « - » est un élément de liste.',
  'awarenessEdit.noSections': 'Aucune rubrique pour l’instant : ajoutez la première.',
  'awarenessEdit.addSection': 'Ajouter une rubrique',
  'awarenessEdit.maxSections': 'Une page compte au plus {max} rubriques.',
  'awarenessEdit.up': 'Monter',
  'awarenessEdit.down': 'Descendre',
  'awarenessEdit.remove': 'Retirer',
  'awarenessEdit.moveUp': 'Monter la rubrique {n}',
  'awarenessEdit.moveDown': 'Descendre la rubrique {n}',
  'awarenessEdit.removeSection': 'Retirer la rubrique {n}',
  'awarenessEdit.published': 'Publiée',
  'awarenessEdit.publishedHint':
    'Lisible par tous, sans compte. Décochée, seuls les membres de votre organisation peuvent la lire.',
  'awarenessEdit.save': 'Enregistrer la page',
  'awarenessEdit.problems': 'Pas encore enregistrée :',
  'awarenessEdit.problem.title':
    'La rubrique {n} doit avoir un titre dans la langue dans laquelle la page est écrite.',
  'awarenessEdit.problem.body':
    'La rubrique {n} doit avoir un texte dans la langue dans laquelle la page est écrite.',
};
