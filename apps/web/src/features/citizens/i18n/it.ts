import type { Slice } from '../../../i18n/slice.ts';
import type { citizensEn } from './en.ts';

/** The Italian words of citizens' reports. */
export const citizensIt: Slice<typeof citizensEn> = {
  'nav.reports': 'Segnalazioni',
  'recordKind.citizen-report': 'Segnalazione di un cittadino',
  'recordKind.citizen-coverage': 'Zona coperta dalle segnalazioni',
  'recordKind.citizen-api-key': 'Chiave API Open311',

  'reportCategory.unattended-item': 'Oggetto incustodito',
  'reportCategory.blocked-emergency-access': 'Accesso dei soccorsi bloccato',
  'reportCategory.damaged-barrier': 'Barriera o dissuasore danneggiato',
  'reportCategory.suspicious-vehicle': 'Veicolo sospetto',
  'reportCategory.crowding': 'Affollamento',
  'reportCategory.lighting-fault': 'Guasto all’illuminazione',
  'reportCategory.event-safety': 'Sicurezza di un evento',
  'reportCategory.other': 'Altro',
  'reportPurpose.unattended-item':
    'Una borsa, un pacco o un oggetto lasciato incustodito in un luogo pubblico, perché sia controllato e rimosso.',
  'reportPurpose.blocked-emergency-access':
    'Una corsia dei vigili del fuoco, un’uscita di emergenza o un accesso per le ambulanze bloccato, perché sia liberato.',
  'reportPurpose.damaged-barrier':
    'Un dissuasore, una barriera o una fioriera pesante danneggiata, spostata o mancante, perché sia riparata.',
  'reportPurpose.suspicious-vehicle':
    'Un veicolo parcheggiato o in movimento dove non dovrebbe, vicino a un luogo affollato, perché sia controllato.',
  'reportPurpose.crowding':
    'Un luogo che si riempie troppo o una coda che diventa pericolosa, perché la folla sia gestita.',
  'reportPurpose.lighting-fault': 'Un lampione spento o un passaggio buio, perché sia riparato.',
  'reportPurpose.event-safety':
    'Un problema durante un evento: un’uscita chiusa, un palco instabile, uno steward assente, perché gli organizzatori intervengano.',
  'reportPurpose.other': 'Un altro problema di uno spazio pubblico che non è un’emergenza.',

  'reportStatus.open': 'Ricevuta',
  'reportStatus.in-progress': 'In lavorazione',
  'reportStatus.closed': 'Chiusa',
  'reportStatus.open.meaning': '{org} ha ricevuto la sua segnalazione e la esaminerà.',
  'reportStatus.in-progress.meaning': '{org} se ne sta occupando.',
  'reportStatus.closed.meaning': '{org} ha finito di occuparsene.',

  'citizens.report.eyebrow': 'Spazi pubblici sicuri',
  'citizens.report.title': 'Segnalare un problema in uno spazio pubblico',
  'citizens.report.intro':
    'Segnali alla città un problema che ha notato: una borsa abbandonata, un accesso dei soccorsi bloccato, un dissuasore danneggiato. Non serve un account.',
  'citizens.report.privacy':
    'La sua segnalazione va solo all’organizzazione competente in quel luogo. Che cosa viene conservato, e per quanto tempo:',
  'citizens.transparencyLink': 'trasparenza delle segnalazioni',
  'citizens.emergency.title': 'Questo servizio non è per le emergenze.',
  'citizens.emergency.call': 'Se qualcuno è in pericolo o sta succedendo qualcosa adesso, chiami il 112.',
  'citizens.emergency.noVideo':
    'Non viene ripreso alcun video in diretta e nessuno la segue: si inviano solo ciò che scrive e la foto che sceglie di aggiungere.',

  'citizens.place.legend': '1. Dove si trova?',
  'citizens.place.hint':
    'Faccia clic sul luogo nella mappa (ingrandisca con i pulsanti o la rotella del mouse), oppure ne scriva latitudine e longitudine.',
  'citizens.place.map': 'Mappa: faccia clic dove si trova il problema',
  'citizens.place.none': 'Nessun luogo ancora scelto.',
  'citizens.place.chosen': 'Luogo scelto: latitudine {lat}, longitudine {lng}.',
  'citizens.place.lat': 'Latitudine',
  'citizens.place.lng': 'Longitudine',
  'citizens.place.locate': 'Usa la mia posizione',
  'citizens.place.locating': 'Ricerca della sua posizione…',
  'citizens.place.locateFailed':
    'Non è stato possibile trovare la sua posizione. Faccia clic sul luogo nella mappa.',
  'citizens.place.address': 'Indirizzo o punto di riferimento (facoltativo)',
  'citizens.place.addressHint': 'Per esempio: «davanti alla fontana, piazza Masséna».',

  'citizens.category.legend': '2. Di che cosa si tratta?',
  'citizens.category.placeFirst':
    'Scelga prima il luogo: le categorie dipendono da chi riceve le segnalazioni in quel punto.',
  'citizens.category.none':
    'Nessuna organizzazione riceve ancora segnalazioni in questo luogo. Scelga un altro luogo o contatti direttamente la città.',
  'citizens.category.goesTo': 'Inviata a: {org}',
  'citizens.category.kept': 'Conservata {days} giorni dopo la chiusura, poi cancellata.',
  'citizens.category.mayHide': 'Può nascondere il suo nome.',
  'citizens.category.named':
    'Per questa categoria serve il suo nome: l’organizzazione potrebbe doverla contattare.',

  'citizens.what.legend': '3. Ci dica di più',
  'citizens.description.label': 'Che cosa ha visto',
  'citizens.description.hint': 'Che cosa ha visto, e da quando. Non scriva i nomi di altre persone.',
  'citizens.description.count': '{used} caratteri su {max}',
  'citizens.description.over': '{over} caratteri di troppo (al massimo {max}).',
  'citizens.photo.label': 'Foto (facoltativa, JPEG o PNG)',
  'citizens.photo.hint':
    'I volti nella foto vengono sfocati automaticamente e i dati di posizione (come il GPS) rimossi prima che qualcuno la veda.',
  'citizens.photo.wrongType': 'Scelga una foto JPEG o PNG.',

  'citizens.contact.legend': '4. I suoi recapiti',
  'citizens.contact.hint':
    'Facoltativi, a meno che la categoria non chieda il suo nome. Li legge solo l’organizzazione che riceve la segnalazione, se ha bisogno di chiederle qualcosa. Mai pubblicati.',
  'citizens.contact.hideName': 'Nascondi il mio nome',
  'citizens.contact.hideNameHint':
    'L’organizzazione non saprà chi è lei. Seguirà la segnalazione solo con il suo link.',
  'citizens.contact.namedCategory':
    'Per questa categoria indichi almeno il nome o il cognome. Lo legge solo l’organizzazione che riceve la segnalazione.',
  'citizens.contact.firstName': 'Nome',
  'citizens.contact.lastName': 'Cognome',
  'citizens.contact.email': 'Indirizzo e-mail',
  'citizens.contact.phone': 'Telefono',

  'citizens.problem.place': 'Scelga il luogo nella mappa.',
  'citizens.problem.category': 'Scelga di che cosa si tratta.',
  'citizens.problem.description': 'Descriva che cosa ha visto.',
  'citizens.problem.name': 'Indichi il suo nome: questa categoria non è anonima.',
  'citizens.problem.too-long': 'La descrizione è troppo lunga.',
  'citizens.send': 'Invia la segnalazione',
  'citizens.sending': 'Invio in corso…',

  'citizens.sent.title': 'Grazie, la sua segnalazione è stata inviata',
  'citizens.sent.org': 'È stata inviata a {org}.',
  'citizens.sent.requestId': 'Numero della segnalazione: {id}',
  'citizens.sent.photo': 'La sua foto è stata ricevuta; i volti sono sfocati.',
  'citizens.sent.photoFailed':
    'La segnalazione è stata inviata, ma non è stato possibile aggiungere la foto.',
  'citizens.sent.link': 'Link per seguire la segnalazione',
  'citizens.copy': 'Copia',
  'citizens.sent.copied': 'Il link è stato copiato.',
  'citizens.sent.keep':
    'Conservi questo link: è l’unico modo per seguire la segnalazione e non verrà mostrato di nuovo.',
  'citizens.sent.open': 'Apri la pagina di monitoraggio',
  'citizens.sent.another': 'Segnala un’altra cosa',

  'citizens.track.back': 'Segnalare un problema',
  'citizens.track.eyebrow': 'Segua la sua segnalazione',
  'citizens.track.title': 'Segnalazione {id}',
  'citizens.track.status': 'A che punto è',
  'citizens.track.note': 'Nota di {org}:',
  'citizens.track.org': 'Gestita da',
  'citizens.track.sent': 'Inviata il',
  'citizens.track.updated': 'Modificata il',
  'citizens.track.address': 'Indirizzo o punto di riferimento',
  'citizens.track.text': 'Che cosa ha segnalato',
  'citizens.track.photo': 'La foto pubblicata della segnalazione, con i volti sfocati',
  'citizens.track.reload': 'Torni più tardi su questa pagina per vedere che cosa è cambiato.',

  'citizens.reports.title': 'Segnalazioni dei cittadini',
  'citizens.reports.intro': 'Le segnalazioni non urgenti che {org} ha ricevuto dal pubblico.',
  'citizens.reports.settings': 'Zone e chiavi API',
  'citizens.reports.caption': 'Segnalazioni ricevute',
  'citizens.reports.none': 'Nessuna segnalazione ricevuta finora.',
  'citizens.reports.noneFiltered': 'Nessuna segnalazione corrisponde a questi filtri.',
  'citizens.reports.notAllowed':
    'Le segnalazioni contengono dati personali: solo gli analisti, gli editor e gli amministratori di {org} le leggono.',
  'citizens.reports.open': '{category} — {id}',
  'citizens.filter.status': 'Stato',
  'citizens.filter.category': 'Categoria',
  'citizens.filter.any': 'Tutte',
  'citizens.col.report': 'Segnalazione',
  'citizens.col.received': 'Ricevuta il',
  'citizens.col.status': 'Stato',
  'citizens.col.place': 'Luogo',
  'citizens.col.published': 'Pubblicata',

  'citizens.triage.pageTitle': 'Segnalazione {id}',
  'citizens.triage.updated': 'modificata il {date}',
  'citizens.triage.description': 'Che cosa è stato segnalato',
  'citizens.triage.mediaUrl': 'Foto ospitata dall’applicazione di chi segnala:',
  'citizens.triage.aside': 'Sulla segnalazione',
  'citizens.triage.facts': 'Dettagli',
  'citizens.triage.category': 'Categoria',
  'citizens.triage.requestId': 'Numero della segnalazione',
  'citizens.triage.via': 'Inviata tramite',
  'citizens.via.web': 'la pagina delle segnalazioni',
  'citizens.via.open311': 'un’applicazione Open311',
  'citizens.triage.coordinates': 'Coordinate (latitudine, longitudine)',
  'citizens.triage.purgeAfter': 'Cancellata dopo il',
  'citizens.triage.contact': 'Chi segnala',
  'citizens.triage.anonymous': 'La persona ha nascosto il suo nome.',
  'citizens.triage.noContact': 'La persona non ha lasciato recapiti.',
  'citizens.triage.name': 'Nome e cognome',
  'citizens.triage.contactPrivate': 'Lo legge solo la sua organizzazione; non viene mai pubblicato.',
  'citizens.triage.map': 'Mappa del luogo della segnalazione',
  'citizens.triage.title': 'Gestione',
  'citizens.triage.status': 'Stato',
  'citizens.triage.note': 'Nota pubblica',
  'citizens.triage.noteHint':
    'La persona la legge sulla sua pagina di monitoraggio; anche il pubblico, una volta pubblicata.',
  'citizens.triage.blur': 'Foto e sfocatura',
  'citizens.triage.faces':
    'Volti sfocati automaticamente: {count}. Sfochi qualsiasi altra cosa che identifichi qualcuno (una targa, un volto sfuggito) prima di pubblicare.',
  'citizens.triage.photo': 'La foto della segnalazione, con i volti sfocati',
  'citizens.triage.published': 'Pubblicata',
  'citizens.triage.publishedHint':
    'Mostra al pubblico il testo e la foto sfocata. Mai il nome né i recapiti della persona.',
  'citizens.triage.isPublished': 'Pubblicata: il suo testo e la foto sfocata sono pubblici.',
  'citizens.triage.notPublished': 'Non pubblicata.',
  'citizens.triage.readOnly':
    'Gli editor e gli amministratori della sua organizzazione gestiscono le segnalazioni.',
  'citizens.triage.save': 'Salva la gestione',
  'citizens.triage.saved': 'La gestione è stata salvata.',

  'citizens.blur.hint':
    'Disegni un rettangolo sulla foto sopra ciò che va sfocato, oppure aggiunga una zona e ne indichi la posizione in percentuale della foto.',
  'citizens.blur.full': 'Al massimo {max} zone.',
  'citizens.blur.region': 'Zona {n}',
  'citizens.blur.x': 'Da sinistra (%)',
  'citizens.blur.y': 'Dall’alto (%)',
  'citizens.blur.width': 'Larghezza (%)',
  'citizens.blur.height': 'Altezza (%)',
  'citizens.blur.remove': 'Rimuovi',
  'citizens.blur.removeLabel': 'Rimuovi la zona {n}',
  'citizens.blur.add': 'Aggiungi una zona da sfocare',

  'citizens.settings.title': 'Zone e chiavi API',
  'citizens.settings.intro':
    'Dove {org} riceve le segnalazioni dei cittadini, e le applicazioni che possono inviarle.',
  'citizens.settings.notAllowed': 'Solo gli amministratori di {org} gestiscono le sue zone e chiavi API.',
  'citizens.coverage.title': 'Zone coperte',
  'citizens.coverage.intro':
    'Una segnalazione va all’organizzazione la cui zona riceve la sua categoria nel luogo in cui è stata fatta (la zona più piccola quando sono più d’una).',
  'citizens.coverage.new': 'Nuova zona',
  'citizens.coverage.name': 'Nome',
  'citizens.coverage.categories': 'Categorie ricevute',
  'citizens.coverage.area': 'Zona',
  'citizens.coverage.size': 'Superficie',
  'citizens.coverage.drawHint':
    'Faccia clic sulla mappa per aggiungere i vertici della zona, in ordine tutt’intorno. La zona si chiude da sola.',
  'citizens.coverage.map': 'Mappa delle zone coperte',
  'citizens.coverage.undo': 'Annulla l’ultimo vertice',
  'citizens.coverage.clear': 'Cancella',
  'citizens.coverage.corners': 'Vertici: {count}',
  'citizens.coverage.problem.name': 'Dia un nome alla zona.',
  'citizens.coverage.problem.categories': 'Scelga almeno una categoria.',
  'citizens.coverage.problem.too-few': 'Una zona ha bisogno di almeno tre vertici.',
  'citizens.coverage.problem.self-intersecting': 'I bordi della zona si incrociano.',
  'citizens.coverage.save': 'Salva la zona',
  'citizens.coverage.saved': 'La zona {name} è stata salvata.',
  'citizens.coverage.none':
    'La sua organizzazione non riceve ancora segnalazioni: disegni la sua prima zona.',
  'citizens.coverage.confirmDelete':
    'Eliminare la zona {name}? Le segnalazioni fatte lì non vi arriveranno più.',
  'citizens.coverage.deleteLabel': 'Elimina la zona {name}',
  'citizens.coverage.deleted': 'La zona {name} è stata eliminata.',

  'citizens.keys.title': 'Chiavi API Open311',
  'citizens.keys.intro':
    'Un’applicazione di segnalazione invia le sue segnalazioni a {path} con una di queste chiavi. Dia a ogni applicazione la sua chiave.',
  'citizens.keys.name': 'Usata da',
  'citizens.keys.nameHint': 'Chi usa la chiave, per esempio «App del comune (Android)».',
  'citizens.keys.issue': 'Emetti una chiave',
  'citizens.keys.issued': 'La chiave di {name} è stata emessa.',
  'citizens.keys.once': 'Copi questa chiave ora: viene mostrata solo questa volta.',
  'citizens.keys.key': 'Chiave API',
  'citizens.keys.copied': 'La chiave è stata copiata.',
  'citizens.keys.done': 'L’ho copiata',
  'citizens.keys.none': 'Nessuna chiave API finora.',
  'citizens.keys.prefix': 'Inizia con',
  'citizens.keys.created': 'Emessa il',
  'citizens.keys.lastUsed': 'Ultimo uso',
  'citizens.keys.never': 'Mai',
  'citizens.keys.state': 'Stato della chiave',
  'citizens.keys.active': 'In uso',
  'citizens.keys.revokedOn': 'Revocata il {date}',
  'citizens.keys.revoke': 'Revoca',
  'citizens.keys.revokeLabel': 'Revoca la chiave di {name}',
  'citizens.keys.confirmRevoke':
    'Revocare la chiave di {name}? L’applicazione non potrà più inviare segnalazioni.',
  'citizens.keys.revoked': 'La chiave di {name} è stata revocata.',

  'citizens.transparency.title': 'Trasparenza delle segnalazioni dei cittadini',
  'citizens.transparency.intro':
    'Che cosa succede alle segnalazioni inviate: a che cosa serve ogni categoria, per quanto tempo le segnalazioni vengono conservate e quante sono.',
  'citizens.transparency.report': 'Segnalare un problema',
  'citizens.transparency.caption':
    'Categorie di segnalazione, tempi di conservazione e segnalazioni degli ultimi 365 giorni',
  'citizens.transparency.category': 'Categoria',
  'citizens.transparency.purpose': 'A che cosa serve',
  'citizens.transparency.retention': 'Conservata dopo la chiusura',
  'citizens.transparency.days': '{days} giorni',
  'citizens.transparency.anonymous': 'Nome nascondibile',
  'citizens.transparency.received': 'Ricevute (365 giorni)',
  'citizens.transparency.kept.open': 'Conservate: ricevute',
  'citizens.transparency.kept.in-progress': 'Conservate: in lavorazione',
  'citizens.transparency.kept.closed': 'Conservate: chiuse',
  'citizens.transparency.retentionHint':
    'Una segnalazione mai chiusa viene cancellata quando quel tempo è trascorso dal momento in cui è stata fatta.',
  'citizens.transparency.year': 'Negli ultimi 365 giorni',
  'citizens.transparency.purged': 'Segnalazioni cancellate alla scadenza',
  'citizens.transparency.photos': 'Foto ricevute',
  'citizens.transparency.faces': 'Volti sfocati in queste foto',
  'citizens.transparency.privacy': 'Privacy fin dalla progettazione',
  'citizens.transparency.noVideo':
    'Non viene mai ripreso alcun video in diretta dei cittadini: la pagina delle segnalazioni invia solo ciò che la persona scrive e la foto che sceglie.',
  'citizens.transparency.photosBlurred':
    'I volti nelle foto vengono sfocati automaticamente e i dati di posizione rimossi prima che qualcuno le veda; le organizzazioni sfocano a mano qualsiasi altra cosa prima di pubblicare.',
  'citizens.transparency.contactPrivate':
    'I recapiti di una persona li legge solo l’organizzazione che riceve la segnalazione, e non vengono mai pubblicati.',
  'citizens.transparency.purposeLimited':
    'Le segnalazioni servono solo a risolvere il problema segnalato, poi vengono cancellate alla scadenza.',
  'citizens.transparency.dpia':
    'Le organizzazioni valutano i rischi per i diritti delle persone con il modello di valutazione d’impatto sulla protezione dei dati (DPIA) della documentazione della piattaforma:',
  'citizens.transparency.developers': 'Per gli sviluppatori',
  'citizens.transparency.open311':
    'Le segnalazioni possono anche essere inviate e lette tramite l’interfaccia Open311 GeoReport v2. Il suo elenco di categorie:',
};
