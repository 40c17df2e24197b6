import type { PactesurClient } from '@pactesur/api-client';
import type { Maturity, MultilingualInput, PracticeContentInput } from '@pactesur/contracts';
import { DEMO_PASSWORD } from './seed.ts';

const fr = (texts: { fr: string; en?: string }): MultilingualInput => ({ source: 'fr', texts });
const es = (texts: { es: string; en?: string }): MultilingualInput => ({ source: 'es', texts });
const en = (text: string): MultilingualInput => ({ source: 'en', texts: { en: text } });

/** A demo practice: who writes it, who publishes it (another organisation of its network), and with which label. */
interface DemoPractice {
  readonly author: string;
  readonly reviewer: string;
  readonly maturity: Maturity;
  readonly content: PracticeContentInput;
}

const NICE = 'editor@nice.example.org';
const EFUS = 'coordinator@efus.example.org';

/**
 * The demo's practices, written from what the project's public documents say: Nice's investments on the
 * Promenade des Anglais after 2016, Xàbia's multi-agency exercises of July 2022, the officer exchanges
 * Riga's municipal police valued most in the first PACTESUR. Marked as demo records; no figure here goes
 * beyond those documents but the cost bands and dates they imply.
 */
export const DEMO_PRACTICES: readonly DemoPractice[] = [
  {
    author: NICE,
    reviewer: EFUS,
    maturity: 'peer-reviewed',
    content: {
      title: fr({ fr: 'Protéger la Promenade des Anglais sans la bunkériser', en: 'Protecting the Promenade des Anglais without bunkerising it' }),
      summary: fr({
        fr: 'Après l’attentat du 14 juillet 2016, Nice a équipé la Promenade de bornes profondes, de câbles anti-intrusion et d’un contrôle d’accès à distance, et entraîné ses polices municipales ensemble.',
        en: 'After the 14 July 2016 attack, Nice equipped the Promenade with deep bollards, intrusion-protection cables and remote access control, and trained its municipal police forces together.',
      }),
      city: 'Nice',
      country: 'FR',
      location: [7.2619, 43.6947],
      contact: 'Direction de la sécurité urbaine, Ville de Nice',
      status: 'running',
      startedOn: '2017-01-01',
      confidentiality: 'public',
      problem: fr({
        fr: 'Le 14 juillet 2016, un camion a foncé dans la foule venue voir le feu d’artifice sur la Promenade des Anglais : 86 personnes sont mortes. La Promenade doit rester ouverte, touristique et accueillante, mais aucun véhicule ne doit pouvoir atteindre la foule lors des grands événements.',
      }),
      threats: ['vehicle-ramming'],
      placeTypes: ['promenade', 'event-route'],
      eventTypes: ['fireworks', 'carnival'],
      objectives: fr({ fr: 'Arrêter un véhicule lourd avant la foule à chaque accès de la Promenade, sans barrière visible hors des événements, et former les polices municipales à intervenir ensemble.' }),
      method: fr({
        fr: 'Des bornes profondes aux accès, des câbles anti-intrusion le long des voies, un contrôle d’accès commandé à distance depuis le centre de supervision, et des exercices communs entre polices municipales pour renforcer leurs capacités d’intervention. Hors événements, l’espace reste ouvert aux piétons et aux cyclistes.',
      }),
      functions: ['security-by-design', 'detection', 'training'],
      solutionTypes: ['equipment', 'ict', 'training'],
      partners: [{ name: 'Partenaires du projet européen', role: 'Exercices communs et échanges' }],
      costBand: 'over-1m',
      funding: 'Fonds pour la sécurité intérieure de l’Union européenne (3,2 M€ avec les partenaires)',
      evaluation: 'process',
      effectiveness: fr({
        fr: 'Les dispositifs sont éprouvés à chaque grand événement (Carnaval, 14 Juillet) et lors des exercices communs ; la Promenade reste ouverte et fréquentée. Aucune évaluation d’impact indépendante n’a encore été publiée : l’efficacité tient à la plausibilité du dispositif et à ses essais.',
      }),
      conditions: fr({
        fr: 'Des bornes profondes demandent des fondations libres de réseaux enterrés et l’accord des architectes des bâtiments de France ; le contrôle à distance suppose un centre de supervision ouvert pendant tout l’événement.',
      }),
    },
  },
  {
    author: EFUS,
    reviewer: NICE,
    maturity: 'inspiring',
    content: {
      title: es({ es: 'Simulacros multiagencia en Xàbia', en: 'Multi-agency simulation exercises in Xàbia' }),
      summary: es({
        es: 'La Policía Local de Xàbia organizó dos simulacros que mostraron los vínculos entre cambio climático y seguridad y la cooperación de bomberos, policía local, Guardia Civil y ambulancias.',
        en: 'Xàbia’s local police organised two simulation exercises showing the links between climate change and security, and the cooperation of the fire brigade, local police, Guardia Civil and ambulances.',
      }),
      city: 'Xàbia',
      country: 'ES',
      location: [0.1634, 38.7896],
      coOwners: ['Policía Local de Xàbia'],
      contact: 'Jefatura de la Policía Local de Xàbia',
      status: 'ended',
      startedOn: '2022-07-01',
      endedOn: '2022-07-31',
      confidentiality: 'network',
      problem: es({
        es: 'Un municipio costero y turístico afronta a la vez grandes afluencias de visitantes e incendios forestales agravados por el cambio climático: los primeros intervinientes deben actuar juntos y rápido, aunque dependan de administraciones distintas.',
      }),
      threats: ['arson'],
      placeTypes: ['beach', 'event-venue'],
      objectives: es({ es: 'Ensayar la cooperación entre bomberos, policía local, Guardia Civil y servicios sanitarios en una emergencia con público.' }),
      method: es({
        es: 'Dos simulacros preparados por el jefe de la Policía Local y su equipo durante la reunión anual del proyecto, con cada servicio en su papel real, observados por las ciudades asociadas y el comité de expertos, y comentados después en un panel sobre clima, turismo y seguridad.',
      }),
      functions: ['response', 'training'],
      solutionTypes: ['training', 'doctrine'],
      partners: [
        { name: 'Bomberos', role: 'Extinción y rescate' },
        { name: 'Guardia Civil', role: 'Seguridad y orden' },
        { name: 'Servicios sanitarios', role: 'Atención a las víctimas' },
      ],
      costBand: 'under-10k',
      evaluation: 'process',
      effectiveness: es({
        es: 'Los simulacros se comentaron con los responsables de las demás ciudades y del comité de expertos: su valor está en ensayar antes del verano la cadena de mando entre servicios que no trabajan juntos a diario.',
      }),
      lessons: es({
        es: 'Un simulacro multiagencia sirve tanto para la amenaza terrorista como para las emergencias climáticas: la coordinación entre servicios es la misma y se entrena igual.',
      }),
    },
  },
  {
    author: EFUS,
    reviewer: NICE,
    maturity: 'peer-reviewed',
    content: {
      title: en('Officer exchanges during each other’s mass events'),
      summary: en('Municipal police officers of the network’s cities work alongside their hosts during the Carnival of Nice, Les Ardentes in Liège, the Giro d’Italia in Turin and Madrid Pride.'),
      city: 'Riga',
      country: 'LV',
      location: [24.1052, 56.9496],
      coOwners: ['Riga Municipal Police'],
      contact: 'Deputy Chief, Riga Municipal Police',
      status: 'running',
      startedOn: '2019-07-01',
      confidentiality: 'public',
      problem: en(
        'Municipal police forces rarely see how others police a crowd of hundreds of thousands: each learns alone, and what works in one city stays there. Recruitment and retention suffer when officers have no path to learn from peers.',
      ),
      threats: ['complex-attack'],
      placeTypes: ['event-route', 'event-venue'],
      eventTypes: ['carnival', 'festival', 'sport', 'parade'],
      objectives: en('Give officers of every city of the network the experience of policing another city’s mass event, and bring its practices home.'),
      method: en(
        'Officers of the network’s cities join their hosts for the days of a mass event: briefings, patrols, the control room and the debriefing. They return with notes shared in the network; the exchanges follow the calendar of the project’s police academies.',
      ),
      functions: ['training', 'crowd-management'],
      solutionTypes: ['personnel', 'training'],
      costBand: '10k-100k',
      funding: 'Internal Security Fund — Police (European Union)',
      evaluation: 'process',
      effectiveness: en(
        'The exchanges were among the most valued parts of the first project for the forces that took part: they are why a second project was built on cooperation between local police forces, academies and exchanges during international events.',
      ),
      lessons: en('Prepare the exchange with the host’s briefing pack in a common language, and plan the debriefing before the officers leave: what they saw is lost without it.'),
    },
  },
];

/**
 * Writes the demo's practices through the API, as their authors would, each published by an editor of
 * another organisation of its network. Practices of the same title already there are left alone. `api`
 * is a client of the running platform, not signed in. Returns the ids of the practices, written or found.
 */
export async function writeDemoPractices(api: PactesurClient): Promise<{ ids: string[]; written: number }> {
  const clients = new Map<string, PactesurClient>();
  const as = async (email: string) => {
    const known = clients.get(email);
    if (known) return known;
    const client = api.another();
    await client.signIn({ email, password: DEMO_PASSWORD });
    clients.set(email, client);
    return client;
  };
  const ids: string[] = [];
  let written = 0;
  for (const d of DEMO_PRACTICES) {
    const author = await as(d.author);
    const title = d.content.title.texts?.[d.content.title.source] ?? '';
    const present = (await author.searchPractices({ q: `"${title}"`, mine: true })).hits.find((h) => h.title.texts[h.title.source] === title);
    if (present) {
      ids.push(present.id);
      continue;
    }
    const p = await author.createPractice({ content: d.content, demo: true });
    await author.stepPractice(p.id, { action: 'submit' });
    await (await as(d.reviewer)).stepPractice(p.id, { action: 'publish', maturity: d.maturity });
    ids.push(p.id);
    written += 1;
  }
  return { ids, written };
}
