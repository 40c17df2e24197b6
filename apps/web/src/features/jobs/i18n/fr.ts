import type { Slice } from '../../../i18n/slice.ts';
import type { jobsEn } from './en.ts';

/** The French words of background jobs: the jobs page, their kinds and statuses, and why one failed. */
export const jobsFr: Slice<typeof jobsEn> = {
  'nav.jobs': 'Tâches',
  'jobs.title': 'Tâches',
  'jobs.intro': "Les analyses lourdes s'exécutent en tâches de fond. Leur progression s'affiche en direct.",
  'jobs.caption': 'Tâches de {org}',
  'jobs.col.kind': 'Type',
  'jobs.col.status': 'État',
  'jobs.col.progress': 'Progression',
  'jobs.col.created': 'Créée le',
  'jobs.col.outcome': 'Résultat',
  'jobs.progressLabel': 'Progression de la tâche {kind}',
  'jobs.cancel': 'Annuler',
  'jobs.cancelLabel': 'Annuler la tâche {kind}',
  'jobs.cancelled': 'La tâche a été annulée.',
  'jobs.empty': 'Aucune tâche pour le moment.',

  'jobs.col.job': 'Tâche',
  'jobs.col.record': 'Enregistrement',
  'jobs.recordGone': 'Supprimé ou non partagé avec vous',
  'jobs.sitesOfExtract': 'Registre des sites ({file})',
  'jobs.outcome.succeeded': 'Terminée : le résultat est prêt.',
  'jobs.outcome.noPlan': 'Aucun plan possible : {reason}',
  'jobs.outcome.failed': 'Échec : {reason}',
  'jobs.outcome.failedUnknown': 'Échec, sans raison indiquée.',
  'jobs.outcome.cancelled': 'Annulée avant la fin.',
  'jobs.outcome.queued': "En attente d'un processus libre.",
  'jobs.outcome.running': 'En cours de calcul.',

  'jobStatus.queued': 'En attente',
  'jobStatus.running': 'En cours',
  'jobStatus.succeeded': 'Terminée',
  'jobStatus.failed': 'Échouée',
  'jobStatus.cancelled': 'Annulée',

  'jobStatus.noPlan': 'Aucun plan possible',

  'job.kind.vehicle.threat': 'Analyse de la menace véhicule',
  'job.kind.protect.plan': 'Plan de protection',
  'job.kind.crowd.simulate': 'Simulation de foule',
  'job.kind.osm.import-extract': "Import d'extrait",
  'job.kind.unknown': 'Tâche de fond',

  'failure.lost': "Le calcul a été interrompu (tentative {attempt} sur {max}) et n'a pas pu aboutir.",
  'failure.notQueued': "La tâche n'a pas pu être mise en file d'attente. Réessayez dans un instant.",
  'failure.extractUnreadable': 'Les données cartographiques du site sont illisibles.',
  'failure.noRoads': "Les données cartographiques du site n'ont aucune route ni aucun chemin praticable par un véhicule.",
  'failure.zone': "La zone protégée n'a donné aucun résultat. Redessinez-la à l'intérieur des données cartographiques.",
  'failure.emptyFile': 'Le fichier {file} est vide.',
  'failure.fileUnreadable': 'Le fichier {file} ne peut pas être lu comme données OpenStreetMap.',
  'failure.fileNoStreets': "Le fichier {file} ne contient ni rue ni espace piéton.",
  'failure.other': "Le calcul s'est arrêté : {detail}",
};
