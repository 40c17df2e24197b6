import type { Slice } from '../../../i18n/slice.ts';
import type { threatEn } from './en.ts';

/**
 * The Italian words of vehicle threat analyses: the list, the form (vehicle classes, protected zone), the
 * result and its legend.
 */
export const threatIt: Slice<typeof threatEn> = {
  'threat.sectionTitle': 'Minaccia veicolare',
  'threat.sectionIntro':
    'Da dove ogni tipo di veicolo può raggiungere il sito, a quale velocità e con quanta energia: conta ogni strada, marciapiede, piazza e binario del tram, come in un attacco reale.',
  'threat.new': 'Nuova analisi',
  'threat.empty': 'Ancora nessuna analisi della minaccia veicolare per questo sito.',
  'threat.listCaption':
    "Analisi della minaccia veicolare di questo sito, con la velocità d'impatto più alta di ogni classe di veicolo",
  'threat.col.name': 'Nome',
  'threat.col.started': 'Avviata',
  'threat.col.status': 'Stato',
  'threat.col.class': 'Classe di veicolo',
  'threat.col.mass': 'Massa',
  'threat.col.maxSpeed': 'Velocità massima',
  'threat.col.maxEnergy': 'Energia massima',
  'threat.col.entries': 'Ingressi',
  'threat.col.band': 'Intervallo',
  'threat.col.entry': 'Ingresso',
  'threat.col.speed': 'Velocità',
  'threat.col.energy': 'Energia',
  'threat.col.runUp': 'Rincorsa',
  'threat.col.angle': 'Angolo',
  'threat.col.perimeter': 'Perimetro',
  'threat.notReached': 'Non raggiunto',
  'threat.progressOf': "Avanzamento dell'analisi {name}",
  'threat.sensitive': 'Dato sensibile di proprietà di {org}: mostra come un veicolo può raggiungere il luogo',
  'threat.analystsOnly':
    "Solo analisti, redattori e amministratori dell'organizzazione avviano analisi della minaccia veicolare.",
  'threat.started': "L'analisi {name} è stata avviata.",
  'threat.meta': '{site} · avviata il {date}',
  'threat.settings':
    'Classi di veicoli: {classes} · punti del perimetro ogni {spacing} · intervallo di sensibilità: {sensitivity}',
  'threat.theSite': 'il sito',
  'threat.delete': 'Elimina analisi',
  'threat.confirmDelete':
    "Eliminare l'analisi {name}? Termina anche la sua condivisione. L'operazione è irreversibile.",
  'threat.confirmDeleteYes': 'Sì, elimina {name}',
  'threat.deleted': "L'analisi {name} è stata eliminata.",
  'threat.running': "L'analisi è in corso",
  'threat.runningHint':
    'Si cercano tutti i percorsi verso la zona per ogni classe di veicolo; i risultati compaiono qui al termine. Può lasciare questa pagina.',
  'threat.failed': "L'analisi non è riuscita: {reason}",
  'threat.loadingResult': 'Caricamento dei risultati…',
  'threat.noLayers':
    'La mappa del sito non può esserle mostrata; la zona e i risultati sono mostrati da soli.',
  'threat.mapTitle': "Velocità d'impatto sul perimetro",
  'threat.mapLabel':
    "Mappa di {name}: velocità d'impatto della classe {class} sul perimetro della zona protetta",
  'threat.mapHint':
    'Ogni punto del perimetro di {perimeter} ha il colore della velocità più alta con cui il veicolo scelto può colpirlo; le linee sono le rincorse peggiori. Scelga un ingresso nella tabella per vederlo sulla mappa.',
  'threat.classPicker': 'Classe di veicolo',
  'threat.showWholeZone': "Mostra l'intera zona",
  'threat.entriesTitle': 'Ingressi della classe {class}, i più pericolosi per primi',
  'threat.entriesCaption': '{count} ingressi per la classe {class}: dove raggiunge il perimetro e come',
  'threat.noEntries': 'Nessun veicolo della classe {class} può raggiungere la zona.',
  'threat.showEntry': "Mostra l'ingresso {rank} sulla mappa",
  'threat.entryShown': "L'ingresso {rank} è mostrato sulla mappa: {speed}.",
  'threat.stretch': 'da {from} a {to}',
  'threat.band': 'da {low} a {high}',
  'threat.showAll': 'Mostra tutti i {count} ingressi',
  'threat.showFirst': 'Mostra solo i primi {count} ingressi',
  'threat.summaryTitle': 'Tutte le classi di veicoli',
  'threat.summaryCaption': "Velocità ed energia d'impatto più alte di ogni classe di veicolo",
  'threat.variants': 'Intervalli di velocità ottenuti ripetendo con: {variants}.',
  'threat.exportTitle': 'Esporta',
  'threat.exportHint':
    'GeoJSON: punti del perimetro e percorsi peggiori, per un GIS. CSV: una riga per ingresso, per un foglio di calcolo. Le esportazioni sono registrate nel registro di audit.',
  'threat.exportClass': 'La classe {class}',
  'threat.exportAll': 'Tutte le classi di veicoli',
  'threat.exportAllClasses': 'tutte le classi di veicoli',
  'threat.exportLink': 'Scarica {format} di {scope}',

  'threatStatus.processing': 'In corso',
  'threatStatus.ready': 'Pronta',
  'threatStatus.failed': 'Non riuscita',

  'threat-analysis.notShared': 'Questa analisi non è condivisa con alcuna organizzazione.',
  'threat-analysis.sharesCaption': 'Organizzazioni con cui è condivisa questa analisi',
  'threat-analysis.shared': "L'analisi è ora condivisa con {org}.",
  'threat-analysis.unshared': "L'analisi non è più condivisa con {org}.",

  'threatForm.title': 'Nuova analisi della minaccia veicolare: {name}',
  'threatForm.intro':
    "Scelga i veicoli da valutare e la zona da proteggere. L'analisi trova, per ogni punto del perimetro della zona, la via d'ingresso più veloce.",
  'threatForm.backToSite': 'Il sito',
  'threatForm.name': "Nome dell'analisi",
  'threatForm.defaultName': '{site} — minaccia veicolare',
  'threatForm.classes': 'Classi di veicoli',
  'threatForm.noClass': 'Scelga almeno una classe di veicolo.',
  'threatForm.spacing': 'Distanza tra i punti del perimetro (m)',
  'threatForm.spacingHint':
    'Tra 2 e 5 metri. Punti più vicini trovano i varchi stretti tra i dissuasori, ma richiedono più tempo.',
  'threatForm.sensitivity': 'Intervallo di sensibilità',
  'threatForm.sensitivityHint':
    "Ripete l'analisi con potenza e massa ±30 %, aderenza da 0,6 a 0,9 g e velocità di partenza fino a 50 km/h, e dà a ogni velocità un intervallo basso–alto. Più lento.",
  'threatForm.zone': 'Zona protetta',
  'threatForm.zoneOutline': 'Il perimetro del sito',
  'threatForm.zoneDraw': 'Disegna sulla mappa',
  'threatForm.outlineHint': 'È protetto il perimetro di {name} (la sua parte più grande).',
  'threatForm.drawHint':
    'Faccia clic sulla mappa per aggiungere i vertici della zona, in ordine tutto intorno. La zona si chiude da sola.',
  'threatForm.mapLabel': 'Mappa di {name} per scegliere la zona protetta',
  'threatForm.undo': "Annulla l'ultimo vertice",
  'threatForm.clear': 'Cancella',
  'threatForm.corners': 'Vertici: {count}',
  'threatForm.geojson': 'Zona in GeoJSON (Polygon, longitudine e latitudine)',
  'threatForm.geojsonHint':
    'Digiti o incolli un poligono invece di fare clic; disegnare sulla mappa riempie questo campo.',
  'threatForm.noZone':
    'Disegni la zona protetta (almeno tre vertici, lati che non si incrociano) o scelga il perimetro del sito.',
  'threatForm.submit': "Avvia l'analisi",
  'threatForm.starting': 'Avvio…',

  'zoneProblem.json': 'Non è un JSON valido.',
  'zoneProblem.shape': 'Non è un Polygon GeoJSON di coppie longitudine, latitudine.',
  'zoneProblem.too-few': 'Una zona ha bisogno di almeno tre vertici.',
  'zoneProblem.self-intersecting': 'I lati della zona si incrociano.',

  'threatLegend.title': "Velocità d'impatto — {class}",
  'threatLegend.rampLabel': "Fasce di velocità d'impatto",
  'threatLegend.below': 'meno di {speed}',
  'threatLegend.between': 'da {from} a {to}',
  'threatLegend.above': '{speed} e oltre',
  'threatLegend.notReached': 'Non raggiunto',
  'threatLegend.roundedUp': 'Fasce alle velocità di prova delle barriere; velocità arrotondate per eccesso.',
  'threatLegend.zone': 'Zona protetta',
  'threatLegend.paths': 'Rincorse peggiori',
  'threatLegend.selected': 'Ingresso scelto',
  'threatLegend.base': 'Mappa di base',

  'vehicleClass.car': 'Automobile',
  'vehicleClass.pickup': 'Pick-up / 4×4',
  'vehicleClass.van': 'Furgone',
  'vehicleClass.rigid-7.5t': 'Autocarro 7,5 t',
  'vehicleClass.rigid-18t': 'Autocarro 18 t',
  'vehicleClass.artic-40t': 'Autoarticolato 40 t',
  'vehicleClassHint.car': 'M1, 1,5 t',
  'vehicleClassHint.pickup': 'N1G, 2,5 t',
  'vehicleClassHint.van': 'N1, 3,5 t',
  'vehicleClassHint.rigid-7.5t': 'Autocarro N2/N3C, 7,5 t',
  'vehicleClassHint.rigid-18t': 'Autocarro N3, 18 t',
  'vehicleClassHint.artic-40t': 'Autoarticolato N3, 40 t',

  'variant.power-low': 'potenza del motore inferiore',
  'variant.power-high': 'potenza del motore superiore',
  'variant.grip-low': 'aderenza in curva inferiore',
  'variant.grip-high': 'aderenza in curva superiore',
  'variant.start-low': 'velocità di partenza inferiore',
  'variant.start-high': 'velocità di partenza superiore',
  'variant.all-low': 'tutti i parametri al minimo',
  'variant.all-high': 'tutti i parametri al massimo',
};
