// The words every confidential report shares, in every language the interface speaks: the stamp and footer
// on each page, the names of the threats, Martyn's Law, and the fields of a JESIP M/ETHANE report. English gives the keys; the other languages are
// typed to the same keys, so a missing word fails the build. `{name}` placeholders are filled by `fill`
// (report-i18n.ts).
import type { Locale, MartynItem, MartynTier, Methane, Threat } from '@pactesur/contracts';

type Words<K extends string> = Readonly<Record<K, string>>;

const en = {
  confidential: 'CONFIDENTIAL',
  exportedBy: 'Exported by {name} ({org}) on {date} UTC',
  page: 'Page {page} of {pages}',
  threats: {
    firearms: 'Firearms attack',
    'bladed-weapon': 'Bladed weapon attack',
    'vehicle-ramming': 'Vehicle ramming',
    'person-borne-ied': 'Person-borne IED',
    'vehicle-borne-ied': 'Vehicle-borne IED',
    'placed-ied': 'Placed IED',
    arson: 'Arson or incendiary attack',
    cbrn: 'CBRN attack',
    drone: 'Drone attack',
    'complex-attack': 'Complex or hostage attack',
  } satisfies Words<Threat>,
  martyn: "Martyn's Law",
  tier: 'Tier: {tier}',
  missing: 'Missing: {items}',
  nothingMissing: 'Every procedure and measure the tier requires is in place.',
  tiers: {
    none: 'none (fewer than 200 people)',
    standard: 'standard duty (200 to 799 people)',
    enhanced: 'enhanced duty (800 people or more)',
  } satisfies Words<MartynTier>,
  martynItems: {
    evacuation: 'Evacuation',
    invacuation: 'Invacuation',
    lockdown: 'Lockdown',
    communication: 'Communication',
    monitoring: 'Monitoring',
    'movement-control': 'Movement control',
    'physical-safety': 'Physical safety',
    'information-security': 'Security of information',
  } satisfies Words<MartynItem>,
  yes: 'yes',
  no: 'no',
  methane: {
    major: 'Major incident declared',
    exactLocation: 'Exact location',
    type: 'Type of incident',
    hazards: 'Hazards',
    access: 'Access',
    casualties: 'Number of casualties',
    services: 'Emergency services',
  } satisfies Words<keyof Methane>,
};

/** The words a confidential report shares with the others, in one language. */
export type SensitiveReportText = typeof en;

const fr: SensitiveReportText = {
  confidential: 'CONFIDENTIEL',
  exportedBy: 'Exporté par {name} ({org}) le {date} UTC',
  page: 'Page {page} sur {pages}',
  threats: {
    firearms: 'Attaque aux armes à feu',
    'bladed-weapon': "Attaque à l'arme blanche",
    'vehicle-ramming': 'Attaque à la voiture-bélier',
    'person-borne-ied': 'Engin explosif porté par une personne',
    'vehicle-borne-ied': 'Véhicule piégé',
    'placed-ied': 'Engin explosif déposé',
    arson: 'Incendie criminel ou engin incendiaire',
    cbrn: 'Attaque NRBC',
    drone: 'Attaque par drone',
    'complex-attack': "Attaque complexe ou prise d'otages",
  },
  martyn: 'Loi Martyn (Royaume-Uni)',
  tier: 'Niveau : {tier}',
  missing: 'Manquant : {items}',
  nothingMissing: 'Toutes les procédures et mesures exigées pour ce niveau sont en place.',
  tiers: {
    none: 'aucun (moins de 200 personnes)',
    standard: 'obligation standard (200 à 799 personnes)',
    enhanced: 'obligation renforcée (800 personnes ou plus)',
  },
  martynItems: {
    evacuation: 'Évacuation',
    invacuation: "Mise à l'abri à l'intérieur",
    lockdown: 'Confinement',
    communication: 'Communication',
    monitoring: 'Surveillance',
    'movement-control': 'Contrôle des déplacements',
    'physical-safety': 'Sécurité physique',
    'information-security': "Sécurité de l'information",
  },
  yes: 'oui',
  no: 'non',
  methane: {
    major: 'Incident majeur déclaré',
    exactLocation: 'Lieu exact',
    type: "Type d'incident",
    hazards: 'Dangers',
    access: 'Accès',
    casualties: 'Nombre de victimes',
    services: 'Services de secours',
  },
};

const es: SensitiveReportText = {
  confidential: 'CONFIDENCIAL',
  exportedBy: 'Exportado por {name} ({org}) el {date} UTC',
  page: 'Página {page} de {pages}',
  threats: {
    firearms: 'Ataque con armas de fuego',
    'bladed-weapon': 'Ataque con arma blanca',
    'vehicle-ramming': 'Atropello deliberado con vehículo',
    'person-borne-ied': 'Artefacto explosivo portado por una persona',
    'vehicle-borne-ied': 'Vehículo bomba',
    'placed-ied': 'Artefacto explosivo colocado',
    arson: 'Incendio provocado o ataque incendiario',
    cbrn: 'Ataque NRBQ',
    drone: 'Ataque con dron',
    'complex-attack': 'Ataque complejo o toma de rehenes',
  },
  martyn: 'Ley Martyn (Reino Unido)',
  tier: 'Nivel: {tier}',
  missing: 'Falta: {items}',
  nothingMissing: 'Están implantados todos los procedimientos y medidas que exige el nivel.',
  tiers: {
    none: 'ninguno (menos de 200 personas)',
    standard: 'deber estándar (de 200 a 799 personas)',
    enhanced: 'deber reforzado (800 personas o más)',
  },
  martynItems: {
    evacuation: 'Evacuación',
    invacuation: 'Refugio en el interior',
    lockdown: 'Confinamiento',
    communication: 'Comunicación',
    monitoring: 'Vigilancia',
    'movement-control': 'Control de movimientos',
    'physical-safety': 'Seguridad física',
    'information-security': 'Seguridad de la información',
  },
  yes: 'sí',
  no: 'no',
  methane: {
    major: 'Incidente mayor declarado',
    exactLocation: 'Ubicación exacta',
    type: 'Tipo de incidente',
    hazards: 'Peligros',
    access: 'Accesos',
    casualties: 'Número de víctimas',
    services: 'Servicios de emergencia',
  },
};

const it: SensitiveReportText = {
  confidential: 'RISERVATO',
  exportedBy: 'Esportato da {name} ({org}) il {date} UTC',
  page: 'Pagina {page} di {pages}',
  threats: {
    firearms: 'Attacco con armi da fuoco',
    'bladed-weapon': 'Attacco con arma bianca',
    'vehicle-ramming': 'Attacco con veicolo ariete',
    'person-borne-ied': 'Ordigno esplosivo portato da una persona',
    'vehicle-borne-ied': 'Autobomba',
    'placed-ied': 'Ordigno esplosivo collocato',
    arson: 'Incendio doloso o attacco incendiario',
    cbrn: 'Attacco NBCR',
    drone: 'Attacco con drone',
    'complex-attack': 'Attacco complesso o presa di ostaggi',
  },
  martyn: 'Legge Martyn (Regno Unito)',
  tier: 'Livello: {tier}',
  missing: 'Mancano: {items}',
  nothingMissing: 'Tutte le procedure e le misure richieste dal livello sono in atto.',
  tiers: {
    none: 'nessuno (meno di 200 persone)',
    standard: 'obbligo standard (da 200 a 799 persone)',
    enhanced: 'obbligo rafforzato (800 persone o più)',
  },
  martynItems: {
    evacuation: 'Evacuazione',
    invacuation: 'Riparo al chiuso',
    lockdown: 'Confinamento',
    communication: 'Comunicazione',
    monitoring: 'Monitoraggio',
    'movement-control': 'Controllo dei movimenti',
    'physical-safety': 'Sicurezza fisica',
    'information-security': 'Sicurezza delle informazioni',
  },
  yes: 'sì',
  no: 'no',
  methane: {
    major: 'Incidente maggiore dichiarato',
    exactLocation: 'Luogo esatto',
    type: 'Tipo di incidente',
    hazards: 'Pericoli',
    access: 'Accessi',
    casualties: 'Numero di vittime',
    services: 'Servizi di emergenza',
  },
};

/** The shared words in every language the interface speaks. */
export const SENSITIVE_REPORT_TEXT: Readonly<Record<Locale, SensitiveReportText>> = { en, fr, es, it };
