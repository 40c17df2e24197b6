import type { Slice } from '../../../i18n/slice.ts';
import type { crowdEn } from './en.ts';

/**
 * The Italian words of crowd simulations: the list, the form (exits, people, model), and the result (figures,
 * playback, curve, flows).
 */
export const crowdIt: Slice<typeof crowdEn> = {
  'crowd.sectionTitle': 'Simulazione della folla',
  'crowd.sectionIntro':
    'Quanto tempo impiega il luogo a svuotarsi dalle sue uscite, e dove la folla diventa pericolosamente densa (da 4 persone/m²).',
  'crowd.new': 'Nuova simulazione',
  'crowd.empty': 'Ancora nessuna simulazione della folla per questo sito.',
  'crowd.listCaption': 'Simulazioni della folla di questo sito, le più recenti prima',
  'crowd.col.name': 'Simulazione',
  'crowd.col.started': 'Avviata',
  'crowd.col.status': 'Stato',
  'crowd.col.evacuation': 'Tempo di evacuazione',
  'crowd.col.people': 'Persone',
  'crowd.outOf': '{out} su {total}',
  'crowd.notEmptied': 'Non svuotato',
  'crowd.progressOf': 'Avanzamento della simulazione {name}',
  'crowd.sensitive': 'Dato sensibile di proprietà di {org}: mostra dove una folla diventa densa',
  'crowd.analystsOnly':
    'Solo analisti, editor e amministratori dell’organizzazione avviano simulazioni della folla.',
  'crowd.started': 'La simulazione {name} è stata avviata.',
  'crowd.meta': '{site} · avviata il {date}',
  'crowd.settings': '{model} · {people} persone · uscite: {exits} · fino a {duration}',
  'crowd.theSite': 'il sito',
  'crowd.delete': 'Elimina la simulazione',
  'crowd.confirmDelete':
    'Eliminare la simulazione {name}? Termina anche la sua condivisione. Non si può annullare.',
  'crowd.confirmDeleteYes': 'Sì, elimina {name}',
  'crowd.deleted': 'La simulazione {name} è stata eliminata.',
  'crowd.running': 'La simulazione è in corso',
  'crowd.runningHint':
    'Ogni persona cammina verso l’uscita più vicina, passo dopo passo; i risultati compaiono qui alla fine. Può lasciare questa pagina.',
  'crowd.failed': 'La simulazione non è riuscita: {reason}',
  'crowd.loadingResult': 'Caricamento dei risultati…',
  'crowd.noLayers': 'La mappa del sito non può essere mostrata; persone e uscite sono mostrate da sole.',
  'crowd.runFigures': '{simulated} simulati in {wall} s di calcolo ({rate} passi-persona al secondo).',

  'crowdStatus.processing': 'In corso',
  'crowdStatus.ready': 'Pronta',
  'crowdStatus.failed': 'Non riuscita',

  'crowd-simulation.notShared': 'Questa simulazione non è condivisa con alcuna organizzazione.',
  'crowd-simulation.sharesCaption': 'Organizzazioni con cui è condivisa questa simulazione',
  'crowd-simulation.shared': 'La simulazione è ora condivisa con {org}.',
  'crowd-simulation.unshared': 'La simulazione non è più condivisa con {org}.',

  'crowdModel.cfsm': 'Modello di velocità senza collisioni',
  'crowdModel.sfm': 'Modello delle forze sociali',

  'crowdUnit.seconds': '{s} s',
  'crowdUnit.minutes': '{m} min {s} s',
  'crowdUnit.density': '{value} persone/m²',
  'crowdUnit.flow': '{value} persone/s',
  'crowdUnit.specificFlow': '{value} persone/(m·s)',
  'crowdUnit.metres': '{value} m',

  'crowdForm.title': 'Nuova simulazione della folla di {name}',
  'crowdForm.intro':
    'Disegni le uscite sul bordo del sito, indichi quante persone ci sono, e la simulazione dice quanto tempo impiega il luogo a svuotarsi e dove la folla diventa densa.',
  'crowdForm.backToSite': 'Il sito',
  'crowdForm.name': 'Nome della simulazione',
  'crowdForm.defaultName': '{site} — evacuazione',
  'crowdForm.exits': 'Uscite',
  'crowdForm.drawHint':
    'Faccia clic su due punti del bordo del contorno per disegnare un’uscita: ogni punto si sposta sul punto più vicino del bordo. Disegni tante uscite quante sono le vie di fuga.',
  'crowdForm.mapLabel': 'Mappa di {name} per disegnare le uscite',
  'crowdForm.pendingPoint': 'Primo estremo posato: faccia clic sull’altro estremo dell’uscita, sul bordo.',
  'crowdForm.exitCount': 'Uscite disegnate: {count}',
  'crowdForm.cancelPoint': 'Annulla questa uscita',
  'crowdForm.samePoint':
    'I due estremi cadono nello stesso punto: faccia clic su due punti più distanti lungo il bordo.',
  'crowdForm.exitsCaption': 'Uscite disegnate, con la loro larghezza',
  'crowdForm.exitName': 'Nome',
  'crowdForm.exitNameOf': 'Nome dell’uscita {n}',
  'crowdForm.exitWidth': 'Larghezza',
  'crowdForm.exitDefault': 'Uscita {n}',
  'crowdForm.remove': 'Rimuovi',
  'crowdForm.removeExit': 'Rimuovi l’uscita {name}',
  'crowdForm.geojsonSummary': 'Scrivere invece le uscite (GeoJSON)',
  'crowdForm.geojson': 'Uscite in GeoJSON (LineString, longitudine e latitudine)',
  'crowdForm.geojsonHint':
    'Una FeatureCollection di elementi LineString, con la proprietà «id» come nome di ogni uscita; gli estremi di ogni linea sono portati sul bordo. Disegnare sulla mappa compila questo campo.',
  'crowdForm.noExit': 'Disegni almeno un’uscita sul bordo del sito.',
  'crowdForm.exitNameEmpty': 'Dia un nome a ogni uscita.',
  'crowdForm.exitNameTwice': 'Due uscite hanno lo stesso nome: ne dia uno diverso a ciascuna.',
  'crowdForm.narrow': 'troppo stretta',
  'crowdForm.exitTooNarrow':
    'Un’uscita è più stretta di 0,5 m: nessuno potrebbe passare. La rimuova o la disegni più larga.',
  'crowdForm.people': 'Persone',
  'crowdForm.byDensity': 'Per densità',
  'crowdForm.byCount': 'Per numero',
  'crowdForm.density': 'Densità (persone/m²)',
  'crowdForm.densityHint':
    'Circa {people} persone sui {area} di superficie calpestabile. 1 persona/m² è una piazza animata; 2 e oltre un evento affollato.',
  'crowdForm.densityHintEmpty': 'Tra 0,01 e 6 persone/m².',
  'crowdForm.count': 'Numero di persone',
  'crowdForm.countHint': 'Distribuite in modo uniforme sui {area} di superficie calpestabile; fino a 20.000.',
  'crowdForm.tooMany': 'Sono {people} persone: se ne possono simulare al massimo 20.000. Abbassi la densità.',
  'crowdForm.eventOccupancy': 'Durante un evento: {people} persone, come registrato per il sito',
  'crowdForm.typicalOccupancy': 'In un giorno normale: {people} persone, come registrato per il sito',
  'crowdForm.occupancyHint': 'Il numero di persone registrato, distribuito in modo uniforme sui {area} di superficie pedonale.',
  'crowdForm.tooManyRegistered': 'Il sito è registrato per {people} persone: se ne possono simulare al massimo 20.000. Scelga invece una densità o un numero.',
  'crowdForm.exitUnusable': 'L’uscita {exit} non può essere usata: {reason}',
  'crowdForm.exitReason.offEdge': 'non si trova sul bordo del sito.',
  'crowdForm.exitReason.narrow': 'apre troppo poco del bordo perché qualcuno possa passare.',
  'crowdForm.exitReason.closed': 'un muro o un edificio la separa dal punto in cui si trovano le persone.',
  'crowdForm.exitReason.other': 'il simulatore non riesce a collocarla sul bordo del sito.',
  'crowdForm.settings': 'Modello e tempi',
  'crowdForm.model': 'Modello',
  'crowdForm.cfsmHint':
    'La scelta abituale: ognuno mantiene le distanze e rallenta dietro agli altri. Veloce.',
  'crowdForm.sfmHint':
    'Le persone spingono e sono spinte da forze; mostra la pressione nelle folle molto dense. Più lento.',
  'crowdForm.premovementMin': 'Pre-movimento da (s)',
  'crowdForm.premovementMax': 'Pre-movimento a (s)',
  'crowdForm.premovementHint':
    'Ogni persona si mette in cammino in un istante casuale tra questi due: il tempo per accorgersi e reagire.',
  'crowdForm.premovementOrder': 'Il primo tempo di pre-movimento non deve superare il secondo.',
  'crowdForm.duration': 'Tempo simulato massimo (s)',
  'crowdForm.durationHint':
    'La simulazione si ferma quando tutti sono usciti, o a questo tempo (da 10 a 3.600 s).',
  'crowdForm.submit': 'Avvia la simulazione',
  'crowdForm.starting': 'Avvio…',

  'exitsProblem.json': 'Questo non è JSON valido.',
  'exitsProblem.shape':
    'Questa non è una LineString GeoJSON (né una raccolta di LineString) di coppie longitudine, latitudine.',
  'exitsProblem.empty': 'Questo testo non contiene alcuna uscita.',
  'exitsProblem.too-many': 'Al massimo 50 uscite.',
  'exitsProblem.off-edge':
    'Un’uscita non è sul bordo del sito, oppure i suoi due estremi sono lo stesso punto.',

  'crowdLegend.exitsTitle': 'Uscite',
  'crowdLegend.exit': 'Uscita',
  'crowdLegend.pending': 'Primo estremo dell’uscita in corso',
  'crowdLegend.siteTitle': 'Mappa del sito',
  'crowdLegend.densityTitle': 'Densità della folla',
  'crowdLegend.between': '{from}–{to}',
  'crowdLegend.above': '{value} e oltre',
  'crowdLegend.person': 'Una persona',
  'crowdLegend.cellNote':
    'Densità contata in quadrati di 2 m × 2 m. Da 4 persone/m² non ci si muove più liberamente; da 5 la folla è pericolosa.',

  'crowdFigure.title': 'Cifre chiave',
  'crowdFigure.evacuation': 'Tempo di evacuazione',
  'crowdFigure.evacuationNote': 'Fino all’uscita dell’ultima persona.',
  'crowdFigure.notEmptiedNote': 'C’erano ancora persone all’interno dopo {time}.',
  'crowdFigure.people': 'Persone uscite',
  'crowdFigure.area': 'Superficie calpestabile {area}',
  'crowdFigure.peak': 'Densità massima',
  'crowdFigure.level0': 'Sotto 2 persone/m²: ci si muove liberamente.',
  'crowdFigure.level1': 'Affollato: da 2 persone/m².',
  'crowdFigure.level2': 'Denso: da 4 persone/m², il movimento è ostacolato.',
  'crowdFigure.level3': 'Pericoloso: 5 persone/m² o più.',

  'crowdPlayback.title': 'Riproduzione',
  'crowdPlayback.hint':
    'Le persone ancora all’interno, secondo per secondo, sulla densità della folla. La riproduca o sposti il cursore del tempo.',
  'crowdPlayback.mapLabel':
    'Mappa della simulazione {name}: persone e densità della folla all’istante scelto',
  'crowdPlayback.controls': 'Comandi di riproduzione',
  'crowdPlayback.play': 'Riproduci',
  'crowdPlayback.pause': 'Pausa',
  'crowdPlayback.time': 'Tempo',
  'crowdPlayback.valueText': '{time}, {people} persone all’interno',
  'crowdPlayback.speed': 'Velocità',
  'crowdPlayback.times': '×{n}',
  'crowdPlayback.inside': 'Persone all’interno',
  'crowdPlayback.framePeak': 'Densità più alta ora',
  'crowdPlayback.denseCells': 'Quadrati da 2 persone/m²',

  'crowdCurve.title': 'Curva di evacuazione',
  'crowdCurve.hint':
    'Persone ancora all’interno nel tempo; la linea tratteggiata segna l’uscita dell’ultima.',
  'crowdCurve.desc': 'Su {total} persone all’inizio, ne escono {out}; tempo di evacuazione: {time}.',
  'crowdCurve.xAxis': 'Tempo (s)',
  'crowdCurve.yAxis': 'Persone all’interno',
  'crowdCurve.evacuated': 'Vuoto a {time}',
  'crowdCurve.tableSummary': 'La curva come tabella',

  'crowdFlows.title': 'Flussi alle uscite',
  'crowdFlows.hint':
    'Quante persone escono da ogni uscita, e a che ritmo. Gli esperimenti danno circa 1,6–1,9 persone per metro di larghezza al secondo in una strettoia.',
  'crowdFlows.caption': 'Persone passate da ogni uscita, e il flusso nel tempo',
  'crowdFlows.exit': 'Uscita',
  'crowdFlows.width': 'Larghezza',
  'crowdFlows.people': 'Persone',
  'crowdFlows.first': 'Prima uscita',
  'crowdFlows.last': 'Ultima uscita',
  'crowdFlows.meanFlow': 'Flusso medio',
  'crowdFlows.specificFlow': 'Per metro di larghezza',
  'crowdFlows.overTime': 'Flusso nel tempo',
  'crowdFlows.sparkLabel': 'Flusso attraverso {exit} nel tempo, massimo {peak}',
};
