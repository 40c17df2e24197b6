import type { CourseTheme, Locale } from '@pactesur/contracts';

/** The words of a certificate of attendance, in each language of the product. */
export interface CertificateText {
  readonly heading: string;
  readonly certifies: string;
  /** "{org}": the participant's organisation. */
  readonly of: string;
  readonly attended: string;
  /** "{from}", "{to}", "{hours}", "{share}". */
  readonly dates: string;
  readonly hours: string;
  /** "{network}", "{organiser}". */
  readonly organisedBy: string;
  readonly trainers: string;
  readonly curriculum: string;
  /** "{code}", "{url}". */
  readonly verify: string;
  readonly themes: Readonly<Record<CourseTheme, string>>;
}

export const CERTIFICATE_TEXT: Readonly<Record<Locale, CertificateText>> = {
  en: {
    heading: 'Certificate of attendance',
    certifies: 'This certifies that',
    of: 'of {org}',
    attended: 'attended the course',
    dates: 'from {from} to {to}, {share} of its sessions',
    hours: '{hours} hours of training',
    organisedBy: 'organised by {organiser} for the {network} network',
    trainers: 'Trainers',
    curriculum: 'Curriculum',
    verify: 'Certificate {code}: verify it at {url}',
    themes: {
      'vulnerability-assessment': 'Vulnerability assessment',
      'security-by-design': 'Security by design',
      'hostile-vehicle-mitigation': 'Hostile vehicle mitigation',
      'crowd-management': 'Crowd management',
      'ethics-of-technology': 'Ethics of technology',
      'crisis-communication': 'Crisis communication',
      'exercise-design': 'Exercise design',
      'police-recruitment-retention-gender': 'Recruitment, retention and gender inclusion in municipal police',
      other: 'Training',
    },
  },
  fr: {
    heading: 'Attestation de formation',
    certifies: 'Nous attestons que',
    of: 'de {org}',
    attended: 'a suivi la formation',
    dates: 'du {from} au {to}, {share} de ses séances',
    hours: '{hours} heures de formation',
    organisedBy: 'organisée par {organiser} pour le réseau {network}',
    trainers: 'Formateurs',
    curriculum: 'Programme',
    verify: 'Attestation {code} : vérifiable à l’adresse {url}',
    themes: {
      'vulnerability-assessment': 'Évaluation de la vulnérabilité',
      'security-by-design': 'Sécurité dès la conception',
      'hostile-vehicle-mitigation': 'Protection contre les véhicules-béliers',
      'crowd-management': 'Gestion des foules',
      'ethics-of-technology': 'Éthique des technologies',
      'crisis-communication': 'Communication de crise',
      'exercise-design': 'Conception d’exercices',
      'police-recruitment-retention-gender': 'Recrutement, fidélisation et mixité dans les polices municipales',
      other: 'Formation',
    },
  },
  es: {
    heading: 'Certificado de asistencia',
    certifies: 'Se certifica que',
    of: 'de {org}',
    attended: 'ha asistido al curso',
    dates: 'del {from} al {to}, {share} de sus sesiones',
    hours: '{hours} horas de formación',
    organisedBy: 'organizado por {organiser} para la red {network}',
    trainers: 'Formadores',
    curriculum: 'Programa',
    verify: 'Certificado {code}: verifíquelo en {url}',
    themes: {
      'vulnerability-assessment': 'Evaluación de la vulnerabilidad',
      'security-by-design': 'Seguridad desde el diseño',
      'hostile-vehicle-mitigation': 'Protección frente a vehículos hostiles',
      'crowd-management': 'Gestión de multitudes',
      'ethics-of-technology': 'Ética de la tecnología',
      'crisis-communication': 'Comunicación de crisis',
      'exercise-design': 'Diseño de ejercicios',
      'police-recruitment-retention-gender': 'Selección, retención e inclusión de género en la policía local',
      other: 'Formación',
    },
  },
  it: {
    heading: 'Attestato di partecipazione',
    certifies: 'Si attesta che',
    of: 'di {org}',
    attended: 'ha frequentato il corso',
    dates: 'dal {from} al {to}, {share} delle sessioni',
    hours: '{hours} ore di formazione',
    organisedBy: 'organizzato da {organiser} per la rete {network}',
    trainers: 'Formatori',
    curriculum: 'Programma',
    verify: 'Attestato {code}: verificabile all’indirizzo {url}',
    themes: {
      'vulnerability-assessment': 'Valutazione della vulnerabilità',
      'security-by-design': 'Sicurezza fin dalla progettazione',
      'hostile-vehicle-mitigation': 'Protezione dai veicoli ostili',
      'crowd-management': 'Gestione delle folle',
      'ethics-of-technology': 'Etica della tecnologia',
      'crisis-communication': 'Comunicazione di crisi',
      'exercise-design': 'Progettazione di esercitazioni',
      'police-recruitment-retention-gender': 'Reclutamento, fidelizzazione e inclusione di genere nella polizia locale',
      other: 'Formazione',
    },
  },
};
