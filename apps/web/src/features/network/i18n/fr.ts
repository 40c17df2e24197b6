import type { Slice } from '../../../i18n/slice.ts';
import type { networkEn } from './en.ts';

/**
 * The French words of the network page: its map, its member organisations with their role in the network,
 * and its programme of activities.
 */
export const networkFr: Slice<typeof networkEn> = {
  'nav.network': 'Réseau',
  'network.choose': 'Réseau',
  'network.period': 'Période {start} – {end}',
  'network.memberCount': '{count} organisations membres',
  'network.mapTitle': 'Carte',
  'network.mapLabel': 'Carte des organisations membres de {name}',
  'network.mapHint': "Sélectionnez un point pour voir l'organisation. Le tableau liste les mêmes membres.",
  'network.legend': 'Rôle dans le réseau',
  'network.tableCaption': 'Organisations membres de {name}',
  'network.col.name': 'Nom',
  'network.col.kind': 'Type',
  'network.col.country': 'Pays',
  'network.col.role': 'Rôle dans le réseau',
  'network.showOnMap': 'Voir sur la carte',
  'network.showOnMapLabel': 'Voir {name} sur la carte',
  'network.mapUnavailable':
    "La carte ne peut pas s'afficher dans ce navigateur (WebGL indisponible). Le tableau ci-dessous liste tous les membres.",

  'networkRole.lead': 'Chef de file',
  'networkRole.consortium': 'Partenaire du consortium',
  'networkRole.associated': 'Ville associée',
  'networkRole.expert-committee': "Comité d'experts",
  'networkRole.observer': 'Observateur',

  'network.programme.title': 'Programme des activités',
  'network.programme.hint':
    'Réunions, ateliers, académies de police, visites de terrain et échanges de policiers lors de grands événements.',
  'network.programme.publicOnly':
    'Seules les activités publiques sont affichées. Les organisations membres du réseau voient tout le programme.',
  'network.programme.calendar': 'Ajouter à mon agenda (iCalendar)',
  'network.programme.calendarHint':
    'Abonnez-vous à cette adresse dans votre agenda pour suivre les modifications.',
  'network.programme.upcoming': 'À venir',
  'network.programme.past': 'Passées',
  'network.programme.empty': 'Aucune activité n’est encore au programme.',
  'network.programme.noUpcoming': 'Aucune activité à venir.',
  'network.programme.add': 'Ajouter une activité',
  'network.programme.newTitle': 'Nouvelle activité',
  'network.programme.editTitle': 'Modifier « {title} »',
  'network.programme.editLabel': 'Modifier {title}',
  'network.programme.deleteLabel': 'Supprimer {title}',
  'network.programme.deleteQuestion':
    'Supprimer « {title} » du programme ? Ses inscriptions sont supprimées aussi.',
  'network.programme.saved': 'Le programme est enregistré.',

  'network.activity.tbc': 'dates à confirmer',
  'network.activity.during': 'Pendant : {event}',
  'network.activity.membersOnly': 'Réservé aux membres',
  'network.activity.places': 'Places prises : {taken} sur {places}',
  'network.activity.full': 'Complet',

  'network.registration.legend': 'Inscrire mon organisation',
  'network.registration.people': 'Nombre de personnes',
  'network.registration.register': 'S’inscrire',
  'network.registration.change': 'Modifier',
  'network.registration.cancel': 'Annuler mon inscription',
  'network.registration.mine': 'Mon organisation est inscrite. Personnes : {count}',
  'network.registration.sending': 'Envoi…',

  'network.registrations.title': 'Inscriptions',
  'network.registrations.none': 'Aucune organisation ne s’est encore inscrite.',
  'network.registrations.col.org': 'Organisation',
  'network.registrations.col.people': 'Personnes',
  'network.registrations.col.by': 'Inscrite par',
  'network.registrations.col.at': 'Inscrite le',

  'network.activityForm.kind': 'Type d’activité',
  'network.activityForm.title': 'Titre',
  'network.activityForm.description': 'Descriptif',
  'network.activityForm.precision': 'Dates connues',
  'network.activityForm.start': 'Début',
  'network.activityForm.end': 'Fin',
  'network.activityForm.monthFormat': 'AAAA-MM',
  'network.activityForm.endHint':
    'Laisser vide si elle se termine le jour, le mois ou l’année où elle commence.',
  'network.activityForm.city': 'Ville',
  'network.activityForm.country': 'Pays',
  'network.activityForm.noCountry': 'Non précisé',
  'network.activityForm.massEvent': 'Grand événement',
  'network.activityForm.massEventHint':
    'L’événement pendant lequel les policiers sont échangés, comme le Carnaval de Nice.',
  'network.activityForm.public': 'Dans l’agenda public',
  'network.activityForm.publicHint':
    'Son titre, ses dates et son lieu sont visibles de tous, sans compte. Sinon, seuls les membres du réseau la voient.',
  'network.activityForm.places': 'Nombre de places',
  'network.activityForm.placesHint': 'Laisser vide si l’activité ne prend pas d’inscriptions.',
  'network.activityForm.create': 'Ajouter au programme',
  'network.activityForm.problem.title': 'Donnez un titre à l’activité.',
  'network.activityForm.problem.start': 'Indiquez la date de début.',
  'network.activityForm.problem.end': 'La fin ne peut pas précéder le début.',
  'network.activityForm.problem.places': 'Places : un nombre entier de 1 à 10 000, ou vide.',

  'datePrecision.day': 'Au jour près',
  'datePrecision.month': 'Mois seulement (dates à confirmer)',
  'datePrecision.year': 'Année seulement (dates à confirmer)',

  'activityKind.meeting': 'Réunion',
  'activityKind.workshop': 'Atelier',
  'activityKind.academy': 'Académie de police',
  'activityKind.field-visit': 'Visite de terrain',
  'activityKind.exchange': 'Échange de policiers',
  'activityKind.conference': 'Conférence',
};
