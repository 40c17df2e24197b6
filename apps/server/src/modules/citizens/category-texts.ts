import type { ReportCategory } from '@pactesur/contracts';

/** The languages the reports speak to the public in (Open311 `Accept-Language`, the receipt's notice). */
export const REPORT_LANGUAGES = ['en', 'fr', 'es', 'it'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** A language among those, `en` for any other. */
export const reportLanguage = (lang: string | undefined): ReportLanguage => REPORT_LANGUAGES.find((l) => l === lang) ?? 'en';

/**
 * The language of an `Accept-Language` header among the report languages, by the order and weights the
 * client gives (`fr-CH, fr;q=0.9, en;q=0.8`), `en` when none of them is asked.
 */
export function acceptedLanguage(header: string | undefined): ReportLanguage {
  const asked = (header ?? '')
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((a) => a.q > 0 && REPORT_LANGUAGES.some((l) => l === a.lang))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return reportLanguage(asked[0]?.lang);
}

interface CategoryText {
  /** Open311 `service_name`. */
  readonly name: string;
  /** Open311 `description`: what the category is for (its purpose, shown before anyone reports). */
  readonly description: string;
}

/** The categories' names and purposes, per language. */
export const CATEGORY_TEXTS: Readonly<Record<ReportLanguage, Readonly<Record<ReportCategory, CategoryText>>>> = {
  en: {
    'unattended-item': { name: 'Unattended item', description: 'A bag, parcel or object left alone in a public space. Move away from it first; for an immediate danger call 112.' },
    'blocked-emergency-access': { name: 'Blocked emergency access', description: 'A vehicle or object blocking a fire lane, an emergency exit or an ambulance access.' },
    'damaged-barrier': { name: 'Damaged barrier', description: 'A bollard, barrier or planter protecting a public space that is damaged, missing or left open.' },
    'suspicious-vehicle': { name: 'Suspicious vehicle', description: 'A vehicle parked or driving where vehicles should not be, near a crowded place. Your name is needed for this category.' },
    crowding: { name: 'Crowding', description: 'Too many people in one place, a queue or a pinch point becoming dangerous.' },
    'lighting-fault': { name: 'Lighting fault', description: 'A street light or the lighting of a public space that is out or faulty.' },
    'event-safety': { name: 'Event safety', description: 'A safety problem at an event: a blocked exit, an unstable structure, a missing steward.' },
    other: { name: 'Other', description: 'Another non-emergency safety problem in a public space.' },
  },
  fr: {
    'unattended-item': { name: 'Objet abandonné', description: 'Un sac, un colis ou un objet laissé seul dans un espace public. Éloignez-vous d’abord ; en cas de danger immédiat, appelez le 112.' },
    'blocked-emergency-access': { name: 'Accès des secours bloqué', description: 'Un véhicule ou un objet qui bloque une voie pompiers, une sortie de secours ou un accès ambulance.' },
    'damaged-barrier': { name: 'Barrière endommagée', description: 'Une borne, une barrière ou une jardinière protégeant un espace public, endommagée, manquante ou laissée ouverte.' },
    'suspicious-vehicle': { name: 'Véhicule suspect', description: 'Un véhicule stationné ou circulant là où il ne devrait pas, près d’un lieu fréquenté. Votre nom est demandé pour cette catégorie.' },
    crowding: { name: 'Foule dense', description: 'Trop de monde au même endroit, une file ou un goulet qui devient dangereux.' },
    'lighting-fault': { name: 'Panne d’éclairage', description: 'Un lampadaire ou l’éclairage d’un espace public éteint ou défaillant.' },
    'event-safety': { name: 'Sécurité d’un événement', description: 'Un problème de sécurité lors d’un événement : sortie bloquée, structure instable, absence de steward.' },
    other: { name: 'Autre', description: 'Un autre problème de sécurité non urgent dans un espace public.' },
  },
  es: {
    'unattended-item': { name: 'Objeto abandonado', description: 'Una bolsa, un paquete o un objeto dejado solo en un espacio público. Aléjese primero; ante un peligro inmediato, llame al 112.' },
    'blocked-emergency-access': { name: 'Acceso de emergencia bloqueado', description: 'Un vehículo o un objeto que bloquea un acceso de bomberos, una salida de emergencia o el paso de una ambulancia.' },
    'damaged-barrier': { name: 'Barrera dañada', description: 'Un bolardo, una barrera o una jardinera que protege un espacio público, dañado, ausente o dejado abierto.' },
    'suspicious-vehicle': { name: 'Vehículo sospechoso', description: 'Un vehículo aparcado o circulando donde no debería, cerca de un lugar concurrido. Para esta categoría se necesita su nombre.' },
    crowding: { name: 'Aglomeración', description: 'Demasiada gente en un mismo lugar, una cola o un cuello de botella que se vuelve peligroso.' },
    'lighting-fault': { name: 'Avería de alumbrado', description: 'Una farola o la iluminación de un espacio público apagada o averiada.' },
    'event-safety': { name: 'Seguridad de un evento', description: 'Un problema de seguridad en un evento: una salida bloqueada, una estructura inestable, la falta de personal de control.' },
    other: { name: 'Otro', description: 'Otro problema de seguridad no urgente en un espacio público.' },
  },
  it: {
    'unattended-item': { name: 'Oggetto abbandonato', description: 'Una borsa, un pacco o un oggetto lasciato incustodito in uno spazio pubblico. Allontanatevi prima di tutto; in caso di pericolo immediato chiamate il 112.' },
    'blocked-emergency-access': { name: 'Accesso dei soccorsi bloccato', description: 'Un veicolo o un oggetto che blocca una corsia dei vigili del fuoco, un’uscita di emergenza o un accesso per le ambulanze.' },
    'damaged-barrier': { name: 'Barriera danneggiata', description: 'Un dissuasore, una barriera o una fioriera che protegge uno spazio pubblico, danneggiato, mancante o lasciato aperto.' },
    'suspicious-vehicle': { name: 'Veicolo sospetto', description: 'Un veicolo parcheggiato o in movimento dove non dovrebbe, vicino a un luogo affollato. Per questa categoria serve il vostro nome.' },
    crowding: { name: 'Affollamento', description: 'Troppe persone nello stesso luogo, una coda o una strettoia che diventa pericolosa.' },
    'lighting-fault': { name: 'Guasto all’illuminazione', description: 'Un lampione o l’illuminazione di uno spazio pubblico spenti o guasti.' },
    'event-safety': { name: 'Sicurezza di un evento', description: 'Un problema di sicurezza durante un evento: un’uscita bloccata, una struttura instabile, la mancanza di steward.' },
    other: { name: 'Altro', description: 'Un altro problema di sicurezza non urgente in uno spazio pubblico.' },
  },
};

/** The receipt's notice (Open311 `service_notice`): what happens next, naming the organisation. */
export function serviceNotice(lang: ReportLanguage, orgName: string, retentionDays: number): string {
  switch (lang) {
    case 'fr':
      return `Votre signalement a été transmis à ${orgName}, qui le traite. Ce n’est pas un appel d’urgence : en cas de danger immédiat, appelez le 112. Il est conservé ${retentionDays} jours après sa clôture.`;
    case 'es':
      return `Su aviso se ha enviado a ${orgName}, que lo atenderá. No es una llamada de emergencia: ante un peligro inmediato, llame al 112. Se conserva ${retentionDays} días después de cerrarse.`;
    case 'it':
      return `La vostra segnalazione è stata inviata a ${orgName}, che se ne occuperà. Non è una chiamata di emergenza: in caso di pericolo immediato chiamate il 112. È conservata ${retentionDays} giorni dopo la chiusura.`;
    case 'en':
      return `Your report went to ${orgName}, who will handle it. This is not an emergency call: for an immediate danger call 112. It is kept ${retentionDays} days after it is closed.`;
  }
}
