import type { Slice } from '../../../i18n/slice.ts';
import type { networkEn } from './en.ts';

/**
 * The Italian words of the network page: its map, its member organisations with their role in the network,
 * and its programme of activities.
 */
export const networkIt: Slice<typeof networkEn> = {
  'nav.network': 'Rete',
  'network.choose': 'Rete',
  'network.period': 'Periodo {start} – {end}',
  'network.memberCount': '{count} organizzazioni membri',
  'network.mapTitle': 'Mappa',
  'network.mapLabel': 'Mappa delle organizzazioni membri di {name}',
  'network.mapHint': "Seleziona un punto per vedere l'organizzazione. La tabella elenca gli stessi membri.",
  'network.legend': 'Ruolo nella rete',
  'network.tableCaption': 'Organizzazioni membri di {name}',
  'network.col.name': 'Nome',
  'network.col.kind': 'Tipo',
  'network.col.country': 'Paese',
  'network.col.role': 'Ruolo nella rete',
  'network.showOnMap': 'Mostra sulla mappa',
  'network.showOnMapLabel': 'Mostra {name} sulla mappa',
  'network.mapUnavailable':
    'La mappa non può essere mostrata in questo browser (WebGL non disponibile). La tabella qui sotto elenca tutti i membri.',

  'networkRole.lead': 'Capofila',
  'networkRole.consortium': 'Partner del consorzio',
  'networkRole.associated': 'Città associata',
  'networkRole.expert-committee': 'Comitato di esperti',
  'networkRole.observer': 'Osservatore',

  'network.programme.title': 'Programma',
  'network.programme.hint':
    'Riunioni, laboratori, accademie di polizia, visite sul campo e scambi di agenti durante i grandi eventi.',
  'network.programme.publicOnly':
    'Sono mostrate solo le attività pubbliche. Le organizzazioni membri della rete vedono tutto il programma.',
  'network.programme.calendar': 'Aggiungi al mio calendario (iCalendar)',
  'network.programme.calendarHint':
    'Iscriviti a questo indirizzo nella tua applicazione di calendario per seguire le modifiche.',
  'network.programme.upcoming': 'Prossime',
  'network.programme.past': 'Passate',
  'network.programme.empty': 'Nessuna attività è ancora in programma.',
  'network.programme.noUpcoming': 'Nessuna attività in arrivo.',
  'network.programme.add': 'Aggiungi un’attività',
  'network.programme.newTitle': 'Nuova attività',
  'network.programme.editTitle': 'Modifica «{title}»',
  'network.programme.editLabel': 'Modifica {title}',
  'network.programme.deleteLabel': 'Elimina {title}',
  'network.programme.deleteQuestion':
    'Eliminare «{title}» dal programma? Anche le sue iscrizioni saranno eliminate.',
  'network.programme.saved': 'Il programma è stato salvato.',

  'network.activity.tbc': 'date da confermare',
  'network.activity.during': 'Durante: {event}',
  'network.activity.membersOnly': 'Riservata ai membri',
  'network.activity.places': 'Posti occupati: {taken} su {places}',
  'network.activity.full': 'Completo',

  'network.registration.legend': 'Iscrivi la mia organizzazione',
  'network.registration.people': 'Numero di persone',
  'network.registration.register': 'Iscriviti',
  'network.registration.change': 'Modifica',
  'network.registration.cancel': 'Annulla la mia iscrizione',
  'network.registration.mine': 'La mia organizzazione è iscritta. Persone: {count}',
  'network.registration.sending': 'Invio…',

  'network.registrations.title': 'Iscrizioni',
  'network.registrations.none': 'Nessuna organizzazione si è ancora iscritta.',
  'network.registrations.col.org': 'Organizzazione',
  'network.registrations.col.people': 'Persone',
  'network.registrations.col.by': 'Iscritta da',
  'network.registrations.col.at': 'Iscritta il',

  'network.activityForm.kind': 'Tipo di attività',
  'network.activityForm.title': 'Titolo',
  'network.activityForm.description': 'Descrizione',
  'network.activityForm.precision': 'Date note',
  'network.activityForm.start': 'Inizio',
  'network.activityForm.end': 'Fine',
  'network.activityForm.monthFormat': 'AAAA-MM',
  'network.activityForm.endHint': 'Lascia vuoto se finisce nello stesso giorno, mese o anno in cui inizia.',
  'network.activityForm.city': 'Città',
  'network.activityForm.country': 'Paese',
  'network.activityForm.noCountry': 'Non indicato',
  'network.activityForm.massEvent': 'Grande evento',
  'network.activityForm.massEventHint':
    'L’evento durante il quale gli agenti vengono scambiati, come il Carnevale di Nizza.',
  'network.activityForm.public': 'Nel calendario pubblico',
  'network.activityForm.publicHint':
    'Titolo, date e luogo sono visibili a tutti, senza account. Altrimenti la vedono solo i membri della rete.',
  'network.activityForm.places': 'Posti',
  'network.activityForm.placesHint': 'Lascia vuoto se l’attività non prevede iscrizioni.',
  'network.activityForm.create': 'Aggiungi al programma',
  'network.activityForm.problem.title': 'Dai un titolo all’attività.',
  'network.activityForm.problem.start': 'Indica la data di inizio.',
  'network.activityForm.problem.end': 'La fine non può precedere l’inizio.',
  'network.activityForm.problem.places': 'Posti: un numero intero da 1 a 10.000, oppure vuoto.',

  'datePrecision.day': 'Giorno per giorno',
  'datePrecision.month': 'Solo il mese (date da confermare)',
  'datePrecision.year': 'Solo l’anno (date da confermare)',

  'activityKind.meeting': 'Riunione',
  'activityKind.workshop': 'Laboratorio',
  'activityKind.academy': 'Accademia di polizia',
  'activityKind.field-visit': 'Visita sul campo',
  'activityKind.exchange': 'Scambio di agenti',
  'activityKind.conference': 'Conferenza',
};
