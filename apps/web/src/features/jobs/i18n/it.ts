import type { Slice } from '../../../i18n/slice.ts';
import type { jobsEn } from './en.ts';

/** The Italian words of background jobs: the jobs page, their kinds and statuses, and why one failed. */
export const jobsIt: Slice<typeof jobsEn> = {
  'nav.jobs': 'Attività',
  'jobs.title': 'Attività',
  'jobs.intro':
    'Le analisi pesanti vengono eseguite come attività in background. Il loro avanzamento è mostrato in diretta.',
  'jobs.caption': 'Attività di {org}',
  'jobs.col.kind': 'Tipo',
  'jobs.col.status': 'Stato',
  'jobs.col.progress': 'Avanzamento',
  'jobs.col.created': 'Creata il',
  'jobs.col.outcome': 'Esito',
  'jobs.progressLabel': "Avanzamento dell'attività {kind}",
  'jobs.cancel': 'Annulla',
  'jobs.cancelLabel': "Annulla l'attività {kind}",
  'jobs.cancelled': "L'attività è stata annullata.",
  'jobs.empty': 'Ancora nessuna attività.',

  'jobs.col.job': 'Attività',
  'jobs.col.record': 'Record',
  'jobs.recordGone': 'Eliminato o non condiviso con te',
  'jobs.sitesOfExtract': 'Registro dei siti ({file})',
  'jobs.outcome.succeeded': 'Terminata: il risultato è pronto.',
  'jobs.outcome.noPlan': 'Nessun piano possibile: {reason}',
  'jobs.outcome.failed': 'Non riuscita: {reason}',
  'jobs.outcome.failedUnknown': 'Non riuscita, senza motivo indicato.',
  'jobs.outcome.cancelled': 'Annullata prima della fine.',
  'jobs.outcome.queued': 'In attesa di un processo libero.',
  'jobs.outcome.running': 'In fase di calcolo.',

  'jobStatus.queued': 'In coda',
  'jobStatus.running': 'In corso',
  'jobStatus.succeeded': 'Completata',
  'jobStatus.failed': 'Non riuscita',
  'jobStatus.cancelled': 'Annullata',

  'jobStatus.noPlan': 'Nessun piano possibile',

  'job.kind.vehicle.threat': 'Analisi della minaccia veicolare',
  'job.kind.protect.plan': 'Piano di protezione',
  'job.kind.crowd.simulate': 'Simulazione della folla',
  'job.kind.osm.import-extract': 'Importazione di estratto',
  'job.kind.unknown': 'Attività in background',

  'failure.lost': 'Il calcolo è stato interrotto (tentativo {attempt} di {max}) e non ha potuto concludersi.',
  'failure.notQueued': "Non è stato possibile mettere in coda l'attività. Riprovi tra un momento.",
  'failure.extractUnreadable': 'I dati cartografici del sito non sono leggibili.',
  'failure.noRoads': 'I dati cartografici del sito non hanno strade né percorsi utilizzabili da un veicolo.',
  'failure.zone': "La zona protetta non ha dato alcun risultato. La ridisegni all'interno dei dati cartografici.",
  'failure.emptyFile': 'Il file {file} è vuoto.',
  'failure.fileUnreadable': 'Il file {file} non può essere letto come dati OpenStreetMap.',
  'failure.fileNoStreets': 'Il file {file} non contiene strade né spazi pedonali.',
  'failure.other': 'Il calcolo si è interrotto: {detail}',
};
