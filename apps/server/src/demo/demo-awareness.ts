import type { PactesurClient } from '@pactesur/api-client';
import type { AwarenessSectionInput, MultilingualInput } from '@pactesur/contracts';
import { DEMO_PASSWORD } from './seed.ts';

const text = (fr: string, en: string, it: string): MultilingualInput => ({ source: 'fr', texts: { fr, en, it } });

/**
 * Nice's awareness page, in French with its English and Italian versions: the national advice of what to do
 * in an attack (escape, hide, alert), how the city and the State alert the public, what to expect at the
 * large events, how to report, and the emergency numbers. A demo record: the advice is the public
 * guidance, the words are the demo's own.
 */
export const DEMO_AWARENESS: readonly AwarenessSectionInput[] = [
  {
    topic: 'what-to-do',
    title: text('En cas d’attaque', 'In an attack', 'In caso di attacco'),
    body: text(
      '- S’échapper : partez par une issue que vous connaissez, sans vos affaires, et aidez les autres à partir.\n- Se cacher : si vous ne pouvez pas fuir, enfermez-vous, éteignez la lumière et le son de votre téléphone.\n- Alerter : appelez le 17 ou le 112 dès que vous êtes en sécurité ; dites où vous êtes et ce que vous avez vu.\n\nLes forces de l’ordre arrivent : gardez les mains levées et ouvertes, ne courez pas vers elles.',
      '- Escape: leave by an exit you know, without your belongings, and help others to leave.\n- Hide: if you cannot get away, lock yourself in, switch off the lights and your phone’s sound.\n- Alert: call 17 or 112 as soon as you are safe; say where you are and what you saw.\n\nThe police are on their way: keep your hands raised and open, do not run towards them.',
      '- Fuggire: uscite da un’uscita che conoscete, senza i vostri effetti, e aiutate gli altri a uscire.\n- Nascondersi: se non potete fuggire, chiudetevi dentro, spegnete le luci e la suoneria del telefono.\n- Allertare: chiamate il 17 o il 112 appena siete al sicuro; dite dove siete e cosa avete visto.\n\nLe forze dell’ordine stanno arrivando: tenete le mani alzate e aperte, non correte verso di loro.',
    ),
  },
  {
    topic: 'alerts',
    title: text('Comment vous êtes alertés', 'How you are alerted', 'Come venite allertati'),
    body: text(
      'En cas de danger grave, l’État envoie un message FR-Alert sur les téléphones présents dans la zone, sans inscription. Les alertes publiques de la Ville en cours sont affichées sur cette page et publiées dans son fil d’alertes.\n\nSuivez les consignes du message et celles des agents sur place.',
      'In serious danger, the State sends an FR-Alert message to every phone in the area, with no need to sign up. The City’s public alerts in force are shown on this page and published in its alert feed.\n\nFollow the instructions of the message and of the officers on the spot.',
      'In caso di pericolo grave, lo Stato invia un messaggio FR-Alert a tutti i telefoni presenti nella zona, senza iscrizione. Le allerte pubbliche in corso della Città sono mostrate in questa pagina e pubblicate nel suo feed di allerte.\n\nSeguite le istruzioni del messaggio e degli agenti sul posto.',
    ),
  },
  {
    topic: 'events',
    title: text('Les grands événements', 'Large events', 'I grandi eventi'),
    body: text(
      'Au Carnaval, pour le 14 Juillet et aux concerts de la Promenade, les accès sont fermés aux véhicules et les sacs contrôlés aux entrées.\n\n- Arrivez tôt et venez sans valise ni grand sac.\n- Convenez d’un point de rendez-vous avec vos enfants.\n- Repérez les sorties et les postes de secours en arrivant.',
      'At the Carnival, on 14 July and at the concerts on the Promenade, the accesses are closed to vehicles and bags are checked at the entrances.\n\n- Arrive early and come without a suitcase or a large bag.\n- Agree on a meeting point with your children.\n- Find the exits and the first-aid posts when you arrive.',
      'Al Carnevale, il 14 luglio e ai concerti della Promenade, gli accessi sono chiusi ai veicoli e le borse sono controllate agli ingressi.\n\n- Arrivate presto e senza valigia né borse grandi.\n- Concordate un punto d’incontro con i vostri bambini.\n- Individuate le uscite e i posti di primo soccorso all’arrivo.',
    ),
  },
  {
    topic: 'reporting',
    title: text('Signaler', 'Reporting', 'Segnalare'),
    body: text(
      'Un objet abandonné, un comportement qui vous inquiète : éloignez-vous, ne touchez à rien et prévenez un agent ou appelez le 17. Ne filmez pas : vos mains doivent rester libres.',
      'An unattended object, behaviour that worries you: move away, touch nothing, and tell an officer or call 17. Do not film: keep your hands free.',
      'Un oggetto abbandonato, un comportamento che vi preoccupa: allontanatevi, non toccate nulla e avvisate un agente o chiamate il 17. Non filmate: tenete le mani libere.',
    ),
  },
  {
    topic: 'contacts',
    title: text('Numéros d’urgence', 'Emergency numbers', 'Numeri di emergenza'),
    body: text(
      '- 112 : numéro d’urgence européen\n- 17 : police, gendarmerie\n- 18 : sapeurs-pompiers\n- 15 : SAMU\n- 114 : par SMS, pour les personnes sourdes ou malentendantes',
      '- 112: European emergency number\n- 17: police, gendarmerie\n- 18: fire brigade\n- 15: emergency medical service (SAMU)\n- 114: by text message, for deaf and hard-of-hearing people',
      '- 112: numero di emergenza europeo\n- 17: polizia, gendarmeria\n- 18: vigili del fuoco\n- 15: emergenza medica (SAMU)\n- 114: via SMS, per le persone sorde o con problemi di udito',
    ),
  },
];

/** Publishes Nice's awareness page as its editor would, unless it already has one. Returns whether it was written. */
export async function writeDemoAwareness(api: PactesurClient): Promise<boolean> {
  const editor = api.another();
  await editor.signIn({ email: 'editor@nice.example.org', password: DEMO_PASSWORD });
  if ((await editor.getAwarenessPage('nice')).updatedAt !== null) return false;
  await editor.saveAwarenessPage('nice', { published: true, sections: [...DEMO_AWARENESS] });
  return true;
}
