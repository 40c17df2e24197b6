import { LOCALES, planReasonOf, type Locale, type PlanMeasure, type PlanReasonCode } from '@pactesur/contracts';

/** One line of the bill of quantities, as the report says it. */
interface BillLine {
  readonly name: string;
  readonly lines: number;
  readonly units: number;
  readonly width: string;
  readonly cost: string;
}

/** Everything the PDF report and the CSV bill say, in one language. `{name}` placeholders are filled by `fill`. */
export interface ReportText {
  readonly title: string;
  readonly site: string;
  readonly date: string;
  readonly scenario: string;
  readonly designBasis: string;
  readonly classes: string;
  readonly catalogueOwn: string;
  readonly catalogueDefault: string;
  readonly stationsPlaced: string;
  readonly stationsFromMap: string;
  readonly stationsNoneFound: string;
  readonly stationsKept: string;
  readonly edits: string;
  readonly budget: string;
  readonly none: string;
  readonly map: string;
  readonly legend: { readonly zone: string; readonly fixed: string; readonly openable: string; readonly layout: string; readonly unstopped: string; readonly station: string };
  readonly measures: string;
  /** Column titles: number, measure, rating, width, units, cost, maintenance, opens. */
  readonly columns: readonly [string, string, string, string, string, string, string, string];
  readonly locked: string;
  readonly accessibleGap: string;
  readonly notRated: string;
  readonly yes: string;
  readonly no: string;
  readonly totals: string;
  readonly bill: (q: BillLine) => string;
  readonly installation: string;
  readonly maintenance: string;
  readonly solvedOptimal: string;
  readonly solvedLimit: string;
  readonly gapUnknown: string;
  readonly verification: string;
  readonly passed: string;
  readonly unstoppedApproaches: string;
  readonly emergencyOpen: string;
  readonly pedestrianPermeable: string;
  readonly exposure: string;
  readonly unreached: string;
  readonly disclaimer: string;
  readonly noPlan: string;
  readonly constraint: string;
  readonly constraints: Readonly<Record<string, string>>;
  readonly reasons: Readonly<Record<PlanReasonCode, string>>;
  readonly vehicleClasses: Readonly<Record<string, string>>;
  /** Names of the default catalogue's products and of the speed-reduction layouts, by id. */
  readonly products: Readonly<Record<string, string>>;
  readonly productThen: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en: ReportText = {
  title: 'Protection plan: {name}',
  site: 'Site: {site}',
  date: 'Date: {date}',
  scenario: 'A scenario re-optimised from an earlier plan.',
  designBasis: 'Design basis',
  classes: 'Vehicle classes: {classes}',
  catalogueOwn: "Catalogue: the organisation's own ({count} products)",
  catalogueDefault: 'Catalogue: planning defaults, to be replaced by local tenders',
  stationsPlaced: 'Emergency stations placed by hand: {count}',
  stationsFromMap: 'Emergency stations from the map data were asked for.',
  stationsNoneFound: 'No emergency station was found in the map data: place one by hand and plan again.',
  stationsKept: 'Stations whose routes to the zone stay open: {count}',
  edits: 'Locked lines: {locked}; places where no barrier may go: {forbidden}',
  budget: 'Budget: {budget}',
  none: 'none',
  map: 'Map',
  legend: { zone: 'protected zone', fixed: 'fixed barrier', openable: 'barrier that opens (emergency access)', layout: 'speed-reduction layout', unstopped: 'approach still reached', station: 'emergency station' },
  measures: 'Measures ({count})',
  columns: ['#', 'Measure', 'Rating', 'Width m', 'Units', 'Cost', 'Maint./yr', 'Opens'],
  locked: 'locked',
  accessibleGap: 'accessible gap',
  notRated: 'layout, not rated',
  yes: 'yes',
  no: 'no',
  totals: 'Totals',
  bill: (q) => `${q.name}: ${q.lines} ${plural(q.lines, 'line', 'lines')}, ${q.units} ${plural(q.units, 'unit', 'units')}, ${q.width} m, ${q.cost}`,
  installation: 'Installation: {cost}',
  maintenance: 'Maintenance: {cost} per year',
  solvedOptimal: 'Solved to optimality in {seconds} s; {lines} candidate lines.',
  solvedLimit: 'Solved within the time limit (gap {gap}) in {seconds} s; {lines} candidate lines.',
  gapUnknown: 'unknown',
  verification: 'Verification',
  passed: 'Passed: {value}',
  unstoppedApproaches: 'Approaches not stopped: {count}',
  emergencyOpen: 'Emergency routes open: {value} ({count} stations checked)',
  pedestrianPermeable: 'Pedestrians pass the lines: {value}',
  exposure: 'Residual exposure: {after} kJ (before: {before} kJ)',
  unreached: 'Classes that cannot reach the zone: {classes}',
  disclaimer: "The verification runs the vehicle analysis again with the plan in place; it is not a substitute for an engineer's design.",
  noPlan: 'No plan',
  constraint: 'Requirement that cannot be met: {constraint}',
  constraints: { class: 'stop every vehicle class', emergency: 'keep the emergency routes open', solver: 'find a plan that meets every requirement', edit: 'keep the locked lines' },
  reasons: {
    'class-unstoppable': 'No allowed barrier can stop the class “{class}” on one of its approaches.',
    'emergency-route': 'The emergency route from {station} cannot stay open: every way to the zone crosses a place that only a barrier that does not open can close.',
    'locks-conflict': 'The vehicle classes cannot all be stopped with the locked lines and the places where no barrier may go.',
    'locked-unavailable': 'A locked product ({product}) cannot stand at its place: it is not in the catalogue or not allowed on a pedestrian line.',
    'solver-stopped': 'The optimiser stopped before it found a plan. Try fewer vehicle classes or a smaller zone.',
  },
  vehicleClasses: { car: 'Car', pickup: 'Pick-up / 4×4', van: 'Van', 'rigid-7.5t': 'Truck 7.5 t', 'rigid-18t': 'Truck 18 t', 'artic-40t': 'Articulated truck 40 t' },
  products: {
    'bollard-fixed-n3c-48': 'Fixed rated bollard, 7.2 t at 48 km/h',
    'bollard-fixed-n3c-64': 'Fixed rated bollard, 7.2 t at 64 km/h',
    'bollard-fixed-n3c-80': 'Fixed rated bollard, 7.2 t at 80 km/h',
    'bollard-fixed-n3f-48': 'Fixed rated bollard, 30 t at 48 km/h',
    'bollard-automatic-n3c-48': 'Automatic rated bollard, 7.2 t at 48 km/h',
    'bollard-automatic-n3c-80': 'Automatic rated bollard, 7.2 t at 80 km/h',
    'bollard-removable-n3c-48': 'Removable rated bollard, 7.2 t at 48 km/h (opened by hand)',
    'bollard-automatic-n3f-48': 'Automatic rated bollard, 30 t at 48 km/h',
    'planter-m1-48': 'Rated planter, 1.5 t at 48 km/h',
    'bench-n1g-48': 'Rated bench, 2.5 t at 48 km/h',
    'temporary-barrier-n2a-48': 'Temporary rated barrier, 7.2 t at 48 km/h (per event)',
    'chicane-30': 'Chicane (street furniture, 30 km/h)',
    'narrowed-gate-20': 'Narrowed gate (20 km/h)',
  },
  productThen: '{first}, then {second}',
};

const fr: ReportText = {
  title: 'Plan de protection : {name}',
  site: 'Site : {site}',
  date: 'Date : {date}',
  scenario: "Un scénario réoptimisé à partir d'un plan antérieur.",
  designBasis: 'Hypothèses de conception',
  classes: 'Classes de véhicules : {classes}',
  catalogueOwn: "Catalogue : celui de l'organisation ({count} produits)",
  catalogueDefault: "Catalogue : valeurs indicatives de planification, à remplacer par les appels d'offres locaux",
  stationsPlaced: 'Centres de secours placés à la main : {count}',
  stationsFromMap: 'Les centres de secours des données cartographiques ont été demandés.',
  stationsNoneFound: "Aucun centre de secours n'a été trouvé dans les données cartographiques : placez-en un à la main et relancez le plan.",
  stationsKept: 'Centres de secours dont les itinéraires vers la zone restent ouverts : {count}',
  edits: "Lignes verrouillées : {locked} ; endroits où aucune barrière n'est permise : {forbidden}",
  budget: 'Budget : {budget}',
  none: 'aucun',
  map: 'Carte',
  legend: { zone: 'zone protégée', fixed: 'barrière fixe', openable: "barrière qui s'ouvre (accès des secours)", layout: 'aménagement ralentisseur', unstopped: 'approche encore atteinte', station: 'centre de secours' },
  measures: 'Mesures ({count})',
  columns: ['N°', 'Mesure', 'Classement', 'Largeur m', 'Unités', 'Coût', 'Entretien/an', "S'ouvre"],
  locked: 'verrouillée',
  accessibleGap: 'passage accessible',
  notRated: 'aménagement, sans classement',
  yes: 'oui',
  no: 'non',
  totals: 'Totaux',
  bill: (q) => `${q.name} : ${q.lines} ${plural(q.lines, 'ligne', 'lignes')}, ${q.units} ${plural(q.units, 'unité', 'unités')}, ${q.width} m, ${q.cost}`,
  installation: 'Installation : {cost}',
  maintenance: 'Entretien : {cost} par an',
  solvedOptimal: "Résolu à l'optimum en {seconds} s ; {lines} lignes candidates.",
  solvedLimit: 'Résolu dans le temps imparti (écart {gap}) en {seconds} s ; {lines} lignes candidates.',
  gapUnknown: 'inconnu',
  verification: 'Vérification',
  passed: 'Réussie : {value}',
  unstoppedApproaches: 'Approches non arrêtées : {count}',
  emergencyOpen: 'Itinéraires de secours ouverts : {value} ({count} centres vérifiés)',
  pedestrianPermeable: 'Les piétons franchissent les lignes : {value}',
  exposure: 'Exposition résiduelle : {after} kJ (avant : {before} kJ)',
  unreached: 'Classes qui ne peuvent pas atteindre la zone : {classes}',
  disclaimer: "La vérification relance l'analyse véhicule avec le plan en place ; elle ne remplace pas l'étude d'un ingénieur.",
  noPlan: 'Aucun plan',
  constraint: 'Exigence impossible à satisfaire : {constraint}',
  constraints: { class: 'arrêter chaque classe de véhicules', emergency: 'garder ouverts les itinéraires de secours', solver: 'trouver un plan qui satisfait toutes les exigences', edit: 'conserver les lignes verrouillées' },
  reasons: {
    'class-unstoppable': "Aucune barrière autorisée ne peut arrêter la classe « {class} » sur l'une de ses approches.",
    'emergency-route': "L'itinéraire de secours depuis {station} ne peut pas rester ouvert : tout accès à la zone traverse un endroit que seule une barrière qui ne s'ouvre pas peut fermer.",
    'locks-conflict': "Les classes de véhicules ne peuvent pas toutes être arrêtées avec les lignes verrouillées et les endroits où aucune barrière n'est permise.",
    'locked-unavailable': "Un produit verrouillé ({product}) ne peut pas être installé à son emplacement : il n'est pas au catalogue ou n'est pas permis sur une ligne piétonne.",
    'solver-stopped': "L'optimiseur s'est arrêté avant de trouver un plan. Essayez avec moins de classes de véhicules ou une zone plus petite.",
  },
  vehicleClasses: { car: 'Voiture', pickup: 'Pick-up / 4×4', van: 'Fourgon', 'rigid-7.5t': 'Camion 7,5 t', 'rigid-18t': 'Camion 18 t', 'artic-40t': 'Semi-remorque 40 t' },
  products: {
    'bollard-fixed-n3c-48': 'Borne fixe certifiée, 7,2 t à 48 km/h',
    'bollard-fixed-n3c-64': 'Borne fixe certifiée, 7,2 t à 64 km/h',
    'bollard-fixed-n3c-80': 'Borne fixe certifiée, 7,2 t à 80 km/h',
    'bollard-fixed-n3f-48': 'Borne fixe certifiée, 30 t à 48 km/h',
    'bollard-automatic-n3c-48': 'Borne automatique certifiée, 7,2 t à 48 km/h',
    'bollard-automatic-n3c-80': 'Borne automatique certifiée, 7,2 t à 80 km/h',
    'bollard-removable-n3c-48': 'Borne amovible certifiée, 7,2 t à 48 km/h (ouverte à la main)',
    'bollard-automatic-n3f-48': 'Borne automatique certifiée, 30 t à 48 km/h',
    'planter-m1-48': 'Jardinière certifiée, 1,5 t à 48 km/h',
    'bench-n1g-48': 'Banc certifié, 2,5 t à 48 km/h',
    'temporary-barrier-n2a-48': 'Barrière temporaire certifiée, 7,2 t à 48 km/h (par événement)',
    'chicane-30': 'Chicane (mobilier urbain, 30 km/h)',
    'narrowed-gate-20': 'Passage rétréci (20 km/h)',
  },
  productThen: '{first}, puis {second}',
};

const es: ReportText = {
  title: 'Plan de protección: {name}',
  site: 'Sitio: {site}',
  date: 'Fecha: {date}',
  scenario: 'Un escenario reoptimizado a partir de un plan anterior.',
  designBasis: 'Bases de diseño',
  classes: 'Clases de vehículos: {classes}',
  catalogueOwn: 'Catálogo: el de la organización ({count} productos)',
  catalogueDefault: 'Catálogo: valores orientativos de planificación, a sustituir por las licitaciones locales',
  stationsPlaced: 'Parques de emergencia colocados a mano: {count}',
  stationsFromMap: 'Se pidieron los parques de emergencia de los datos cartográficos.',
  stationsNoneFound: 'No se encontró ningún parque de emergencia en los datos cartográficos: coloque uno a mano y vuelva a planificar.',
  stationsKept: 'Parques cuyas rutas hacia la zona quedan abiertas: {count}',
  edits: 'Líneas bloqueadas: {locked}; lugares donde no se permite ninguna barrera: {forbidden}',
  budget: 'Presupuesto: {budget}',
  none: 'ninguno',
  map: 'Mapa',
  legend: { zone: 'zona protegida', fixed: 'barrera fija', openable: 'barrera que se abre (acceso de emergencia)', layout: 'disposición reductora de velocidad', unstopped: 'acceso todavía alcanzado', station: 'parque de emergencia' },
  measures: 'Medidas ({count})',
  columns: ['N.º', 'Medida', 'Clasificación', 'Ancho m', 'Unidades', 'Coste', 'Mant./año', 'Se abre'],
  locked: 'bloqueada',
  accessibleGap: 'paso accesible',
  notRated: 'disposición, sin clasificación',
  yes: 'sí',
  no: 'no',
  totals: 'Totales',
  bill: (q) => `${q.name}: ${q.lines} ${plural(q.lines, 'línea', 'líneas')}, ${q.units} ${plural(q.units, 'unidad', 'unidades')}, ${q.width} m, ${q.cost}`,
  installation: 'Instalación: {cost}',
  maintenance: 'Mantenimiento: {cost} al año',
  solvedOptimal: 'Resuelto hasta el óptimo en {seconds} s; {lines} líneas candidatas.',
  solvedLimit: 'Resuelto dentro del tiempo límite (brecha {gap}) en {seconds} s; {lines} líneas candidatas.',
  gapUnknown: 'desconocida',
  verification: 'Verificación',
  passed: 'Superada: {value}',
  unstoppedApproaches: 'Accesos no detenidos: {count}',
  emergencyOpen: 'Rutas de emergencia abiertas: {value} ({count} parques comprobados)',
  pedestrianPermeable: 'Los peatones atraviesan las líneas: {value}',
  exposure: 'Exposición residual: {after} kJ (antes: {before} kJ)',
  unreached: 'Clases que no pueden llegar a la zona: {classes}',
  disclaimer: 'La verificación repite el análisis de vehículos con el plan instalado; no sustituye el proyecto de un ingeniero.',
  noPlan: 'Ningún plan',
  constraint: 'Requisito que no se puede cumplir: {constraint}',
  constraints: { class: 'detener cada clase de vehículos', emergency: 'mantener abiertas las rutas de emergencia', solver: 'encontrar un plan que cumpla todos los requisitos', edit: 'conservar las líneas bloqueadas' },
  reasons: {
    'class-unstoppable': 'Ninguna barrera permitida puede detener la clase «{class}» en uno de sus accesos.',
    'emergency-route': 'La ruta de emergencia desde {station} no puede quedar abierta: todo acceso a la zona cruza un lugar que solo una barrera que no se abre puede cerrar.',
    'locks-conflict': 'Las clases de vehículos no pueden detenerse todas con las líneas bloqueadas y los lugares donde no se permite ninguna barrera.',
    'locked-unavailable': 'Un producto bloqueado ({product}) no puede instalarse en su lugar: no está en el catálogo o no se permite en una línea peatonal.',
    'solver-stopped': 'El optimizador se detuvo antes de encontrar un plan. Pruebe con menos clases de vehículos o una zona más pequeña.',
  },
  vehicleClasses: { car: 'Turismo', pickup: 'Pick-up / 4×4', van: 'Furgoneta', 'rigid-7.5t': 'Camión 7,5 t', 'rigid-18t': 'Camión 18 t', 'artic-40t': 'Camión articulado 40 t' },
  products: {
    'bollard-fixed-n3c-48': 'Bolardo fijo certificado, 7,2 t a 48 km/h',
    'bollard-fixed-n3c-64': 'Bolardo fijo certificado, 7,2 t a 64 km/h',
    'bollard-fixed-n3c-80': 'Bolardo fijo certificado, 7,2 t a 80 km/h',
    'bollard-fixed-n3f-48': 'Bolardo fijo certificado, 30 t a 48 km/h',
    'bollard-automatic-n3c-48': 'Bolardo automático certificado, 7,2 t a 48 km/h',
    'bollard-automatic-n3c-80': 'Bolardo automático certificado, 7,2 t a 80 km/h',
    'bollard-removable-n3c-48': 'Bolardo extraíble certificado, 7,2 t a 48 km/h (se abre a mano)',
    'bollard-automatic-n3f-48': 'Bolardo automático certificado, 30 t a 48 km/h',
    'planter-m1-48': 'Jardinera certificada, 1,5 t a 48 km/h',
    'bench-n1g-48': 'Banco certificado, 2,5 t a 48 km/h',
    'temporary-barrier-n2a-48': 'Barrera temporal certificada, 7,2 t a 48 km/h (por evento)',
    'chicane-30': 'Chicane (mobiliario urbano, 30 km/h)',
    'narrowed-gate-20': 'Paso estrechado (20 km/h)',
  },
  productThen: '{first}, luego {second}',
};

const it: ReportText = {
  title: 'Piano di protezione: {name}',
  site: 'Sito: {site}',
  date: 'Data: {date}',
  scenario: 'Uno scenario riottimizzato da un piano precedente.',
  designBasis: 'Basi di progetto',
  classes: 'Classi di veicoli: {classes}',
  catalogueOwn: "Catalogo: quello dell'organizzazione ({count} prodotti)",
  catalogueDefault: 'Catalogo: valori indicativi di pianificazione, da sostituire con le gare locali',
  stationsPlaced: 'Sedi di soccorso collocate a mano: {count}',
  stationsFromMap: 'Sono state richieste le sedi di soccorso dei dati cartografici.',
  stationsNoneFound: 'Nessuna sede di soccorso trovata nei dati cartografici: ne collochi una a mano e ripianifichi.',
  stationsKept: 'Sedi i cui percorsi verso la zona restano aperti: {count}',
  edits: 'Linee bloccate: {locked}; punti dove non è ammessa alcuna barriera: {forbidden}',
  budget: 'Budget: {budget}',
  none: 'nessuno',
  map: 'Mappa',
  legend: { zone: 'zona protetta', fixed: 'barriera fissa', openable: 'barriera che si apre (accesso dei soccorsi)', layout: 'sistemazione che rallenta i veicoli', unstopped: 'accesso ancora raggiunto', station: 'sede di soccorso' },
  measures: 'Misure ({count})',
  columns: ['N.', 'Misura', 'Classificazione', 'Larghezza m', 'Unità', 'Costo', 'Manut./anno', 'Si apre'],
  locked: 'bloccata',
  accessibleGap: 'varco accessibile',
  notRated: 'sistemazione, non classificata',
  yes: 'sì',
  no: 'no',
  totals: 'Totali',
  bill: (q) => `${q.name}: ${q.lines} ${plural(q.lines, 'linea', 'linee')}, ${q.units} ${plural(q.units, 'unità', 'unità')}, ${q.width} m, ${q.cost}`,
  installation: 'Installazione: {cost}',
  maintenance: 'Manutenzione: {cost} all’anno',
  solvedOptimal: "Risolto all'ottimo in {seconds} s; {lines} linee candidate.",
  solvedLimit: 'Risolto entro il tempo limite (scarto {gap}) in {seconds} s; {lines} linee candidate.',
  gapUnknown: 'sconosciuto',
  verification: 'Verifica',
  passed: 'Superata: {value}',
  unstoppedApproaches: 'Accessi non fermati: {count}',
  emergencyOpen: 'Percorsi di emergenza aperti: {value} ({count} sedi verificate)',
  pedestrianPermeable: 'I pedoni attraversano le linee: {value}',
  exposure: 'Esposizione residua: {after} kJ (prima: {before} kJ)',
  unreached: 'Classi che non possono raggiungere la zona: {classes}',
  disclaimer: "La verifica ripete l'analisi dei veicoli con il piano in opera; non sostituisce il progetto di un ingegnere.",
  noPlan: 'Nessun piano',
  constraint: 'Requisito che non si può soddisfare: {constraint}',
  constraints: { class: 'fermare ogni classe di veicoli', emergency: 'mantenere aperti i percorsi di emergenza', solver: 'trovare un piano che soddisfi tutti i requisiti', edit: 'mantenere le linee bloccate' },
  reasons: {
    'class-unstoppable': 'Nessuna barriera consentita può fermare la classe «{class}» su uno dei suoi accessi.',
    'emergency-route': 'Il percorso di emergenza da {station} non può restare aperto: ogni accesso alla zona attraversa un punto che solo una barriera che non si apre può chiudere.',
    'locks-conflict': 'Le classi di veicoli non possono essere fermate tutte con le linee bloccate e i punti dove non è ammessa alcuna barriera.',
    'locked-unavailable': 'Un prodotto bloccato ({product}) non può stare al suo posto: non è nel catalogo o non è ammesso su una linea pedonale.',
    'solver-stopped': "L'ottimizzatore si è fermato prima di trovare un piano. Provi con meno classi di veicoli o una zona più piccola.",
  },
  vehicleClasses: { car: 'Automobile', pickup: 'Pick-up / 4×4', van: 'Furgone', 'rigid-7.5t': 'Autocarro 7,5 t', 'rigid-18t': 'Autocarro 18 t', 'artic-40t': 'Autoarticolato 40 t' },
  products: {
    'bollard-fixed-n3c-48': 'Dissuasore fisso certificato, 7,2 t a 48 km/h',
    'bollard-fixed-n3c-64': 'Dissuasore fisso certificato, 7,2 t a 64 km/h',
    'bollard-fixed-n3c-80': 'Dissuasore fisso certificato, 7,2 t a 80 km/h',
    'bollard-fixed-n3f-48': 'Dissuasore fisso certificato, 30 t a 48 km/h',
    'bollard-automatic-n3c-48': 'Dissuasore automatico certificato, 7,2 t a 48 km/h',
    'bollard-automatic-n3c-80': 'Dissuasore automatico certificato, 7,2 t a 80 km/h',
    'bollard-removable-n3c-48': 'Dissuasore rimovibile certificato, 7,2 t a 48 km/h (aperto a mano)',
    'bollard-automatic-n3f-48': 'Dissuasore automatico certificato, 30 t a 48 km/h',
    'planter-m1-48': 'Fioriera certificata, 1,5 t a 48 km/h',
    'bench-n1g-48': 'Panchina certificata, 2,5 t a 48 km/h',
    'temporary-barrier-n2a-48': 'Barriera temporanea certificata, 7,2 t a 48 km/h (per evento)',
    'chicane-30': 'Chicane (arredo urbano, 30 km/h)',
    'narrowed-gate-20': 'Varco ristretto (20 km/h)',
  },
  productThen: '{first}, poi {second}',
};

/** The report's words in every language the interface speaks. */
export const REPORT_TEXT: Readonly<Record<Locale, ReportText>> = { en, fr, es, it };

/** `text` with its `{placeholders}` filled; a placeholder without a value stays visible. */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = ownEntry(params, name);
    return value === undefined ? whole : String(value);
  });
}

/**
 * `table[id]` when the table itself holds `id`, else `undefined`: an id from the data (a product, a vehicle
 * class, a constraint) never reaches a member every object inherits, such as `constructor` or `__proto__`.
 *
 * @example ownEntry({ car: 'Car' }, 'constructor') // undefined
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/**
 * The language of a report: `?lang=` when it names one the interface speaks, else the first such language
 * of `Accept-Language`, else English.
 *
 * @example reportLocale(undefined, 'it-IT,it;q=0.9,en;q=0.8') // 'it'
 */
export function reportLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  const known = (tag: string) => LOCALES.find((l) => l === tag.trim().toLowerCase().split(/[-;]/)[0]);
  if (lang !== undefined) {
    const l = known(lang);
    if (l) return l;
  }
  for (const tag of (acceptLanguage ?? '').split(',')) {
    const l = known(tag);
    if (l) return l;
  }
  return 'en';
}

/**
 * What a measure installs, named in `locale`: a default product or layout from the table (`layout+product`
 * as "layout, then product"); an organisation's own product keeps the name the plan stored.
 */
export function measureNameIn(locale: Locale, m: Pick<PlanMeasure, 'product' | 'name'>): string {
  const text = REPORT_TEXT[locale];
  const names = m.product.split('+').map((id) => ownEntry(text.products, id));
  if (names.length > 2 || names.some((n) => n === undefined)) return m.name;
  const [first = m.name, second] = names as string[];
  return second === undefined ? first : fill(text.productThen, { first, second });
}

/** A vehicle class by its name in `locale`; a class of the city's own keeps its id. */
export function classNameIn(locale: Locale, id: string): string {
  return ownEntry(REPORT_TEXT[locale].vehicleClasses, id) ?? id;
}

/** Why no plan meets every requirement, in `locale`; words the table does not know are kept as they are. */
export function planReasonIn(locale: Locale, reason: string, constraint?: string): string {
  const known = planReasonOf(reason, constraint);
  if (!known) return reason;
  const params = { ...known.params };
  if (params.class !== undefined) params.class = classNameIn(locale, params.class);
  return fill(REPORT_TEXT[locale].reasons[known.code], params);
}
