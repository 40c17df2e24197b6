import {
  agencies,
  ALL_PLAYERS,
  CAPABILITIES as C,
  numbered,
  type ExerciseTemplateData,
} from './template-parts.ts';

const SURGE = 'Crowd surge';
const INFO = 'Information';
const LEAD = 'Lead controller';
const CROWD_CONTROL = 'Controller, organiser and police';
const RESCUE_CONTROL = 'Controller, fire brigade and 118';
const MEDIA_CONTROL = 'Controller, media cell';

/**
 * A crowd crush at a fan zone (Turin, Piazza San Carlo style): a firecracker sets off a surge of a crowd
 * already over its capacity. A tabletop exercise around the map of the square.
 */
export const FAN_ZONE_CROWD_CRUSH: ExerciseTemplateData = {
  id: 'crowd-crush-fan-zone',
  title: 'Crowd crush at a fan zone',
  type: 'tabletop',
  city: 'Turin',
  durationS: 2 * 3600,
  agencies: agencies({
    'local-police': 'Polizia Locale di Torino',
    'national-police': 'Polizia di Stato, Questura di Torino',
    'fire-brigade': 'Vigili del Fuoco, Comando di Torino',
    ambulance: 'Emergency medical service 118, Piedmont',
    'city-hall': 'Città di Torino, civil protection',
    'event-organiser': 'Fan zone organiser, safety office',
    media: 'Simulated media (exercise control)',
  }),
  design: {
    scope:
      'A tabletop exercise around a fan zone of about 30,000 people watching a European final on a giant screen. The square fills beyond its capacity; a firecracker sets off a surge towards the narrow exits; people are crushed at the exits and fall down the stairs of the underground car park. Around the map of the square, each agency says what it decides at each inject: closing the entries at the trigger points, the surge, the rescue, rumours of an attack, reuniting families, the report to the prefecture.',
    venues: ['Piazza San Carlo, fan zone with a giant screen'],
    capabilities: [C.crowd, C.coordination, C.assessment, C.medical, C.rescue, C.warning, C.victims],
    objectives: [
      {
        id: 'o1',
        text: 'Before the surge, the organiser and the police apply the trigger points of the plan: entries closed at the agreed capacity, the relief area opened once the density passes 4 people per m².',
        capabilities: [C.crowd.id, C.coordination.id],
      },
      {
        id: 'o2',
        text: 'Within 10 minutes of the surge, the agencies share one picture (M/ETHANE) and decide together which exits to open and which routes to keep clear.',
        capabilities: [C.assessment.id, C.coordination.id],
      },
      {
        id: 'o3',
        text: 'The casualties are triaged, and those trapped on the car-park stairs are reached, the fire brigade leading the rescue.',
        capabilities: [C.medical.id, C.rescue.id],
      },
      {
        id: 'o4',
        text: 'The rumour of an attack is answered with one agreed message within 15 minutes, and every statement uses the same facts.',
        capabilities: [C.warning.id],
      },
      {
        id: 'o5',
        text: 'Lost children and separated families are brought to one reunion point, announced to the public and linked with the hospitals’ lists.',
        capabilities: [C.victims.id],
      },
    ],
    storylines: [
      {
        name: SURGE,
        summary: 'The square over its capacity, the surge, the rescue and its aftermath.',
        acts: [
          { name: 'Build-up', summary: 'The square fills beyond its capacity before kick-off.' },
          { name: 'Surge', summary: 'The firecracker, the crush at the exits, the car-park stairs.' },
          { name: 'Aftermath', summary: 'Families, hospitals, the way home, the end of play.' },
        ],
      },
      {
        name: INFO,
        summary: 'What the public hears and reads.',
        acts: [
          { name: 'Social media', summary: 'The rumour of an attack.' },
          { name: 'Statements', summary: 'The alert, the press, the report to the prefecture.' },
        ],
      },
    ],
    msel: numbered([
      {
        storyline: SURGE,
        act: 'Build-up',
        at: '00:00',
        from: 'Fan zone organiser, crowd safety manager',
        to: ['event-organiser', 'local-police'],
        method: 'in-app',
        controller: CROWD_CONTROL,
        synopsis:
          'Half an hour before kick-off, the entry counters show 27,500 people, over the agreed 25,000.',
        message:
          'Gate counters: 27,500 inside, and the queues at Via Roma and Via Santa Teresa are still growing. The private security company has given up the bag checks at Via Roma because of the pressure.',
        expectedAction:
          'Close the entries; send the queues to the second screen at Piazza Vittorio Veneto; restore the bag checks; tell the police.',
        objectives: ['o1'],
        controlNote:
          'The capacity of the square in the plan is 25,000. If the players do not close the entries, give a density of 6 instead of 5 at inject 3.',
      },
      {
        storyline: SURGE,
        act: 'Build-up',
        at: '00:10',
        from: 'Simulated steward supervisor, Via Roma gate',
        to: ['event-organiser'],
        method: 'radio',
        controller: CROWD_CONTROL,
        synopsis: 'Street sellers bring glass bottles into the square.',
        message:
          'Unlicensed sellers are inside with crates of beer in glass bottles; broken glass all over the ground near the screen. My stewards cannot get through the crowd to them.',
        expectedAction:
          'Ask the local police to remove the sellers and stop glass coming in; tell the medical posts to expect cuts.',
        objectives: ['o1'],
      },
      {
        storyline: SURGE,
        act: 'Build-up',
        at: '00:15',
        from: 'Police CCTV operator (simulated)',
        to: ['local-police', 'event-organiser'],
        method: 'in-app',
        controller: CROWD_CONTROL,
        synopsis: 'CCTV puts the density in front of the screen at 5 people per m².',
        message:
          'Camera 3, front of the screen: about 5 people per m² over a strip 20 m deep; people are climbing the fence of the monument and the lamp posts. The arcades of Via Roma are full.',
        expectedAction:
          'Apply the trigger point: open the relief area, ask the crowd over the public address to step back, close the entries if not done.',
        objectives: ['o1'],
        attachments: ['camera-3-density.jpg'],
        dependsOn: [1],
      },
      {
        storyline: SURGE,
        act: 'Surge',
        at: '00:20',
        from: LEAD,
        to: [ALL_PLAYERS],
        method: 'in-app',
        controller: LEAD,
        synopsis: 'A firecracker under the arcades sets off a surge of the crowd towards the exits.',
        message:
          'A loud bang under the arcades of Via Roma, then screams. Within seconds thousands of people run from the screen towards the exits of Via Santa Teresa and Via Alfieri, pushing over the barriers.',
        expectedAction:
          'Each agency says what it knows and what it does first; the police and the organiser agree on what the public address says.',
        objectives: ['o2'],
        controlNote:
          'Give no cause yet: the players learn that it was a firecracker only if they ask the units on the square after inject 8.',
      },
      {
        storyline: SURGE,
        act: 'Surge',
        at: '00:22',
        from: 'Simulated police unit, Via Santa Teresa',
        to: ['local-police', 'national-police'],
        method: 'radio',
        controller: CROWD_CONTROL,
        synopsis: 'People fall and are trampled at the Via Santa Teresa exit.',
        message:
          'Unit 7 at Santa Teresa: the barriers are down, people are falling on top of each other at the corner, we cannot reach them, the crowd is still pushing from behind. Send help!',
        expectedAction:
          'Stop the push from behind: open other exits, use the public address, send officers to the back of the crowd; pass an M/ETHANE report.',
        objectives: ['o2'],
        dependsOn: [4],
      },
      {
        storyline: SURGE,
        act: 'Surge',
        at: '00:25',
        from: 'Simulated 118 operations centre',
        to: ['ambulance'],
        method: 'phone',
        controller: RESCUE_CONTROL,
        synopsis: '118 receives dozens of calls for crush injuries and cuts from broken glass.',
        message:
          'Sixty calls in five minutes from the square: crush injuries, cuts from broken glass, people fainting, a child not breathing at the corner of Via Alfieri.',
        expectedAction:
          'Declare a major incident; set up an advanced medical post at the edge of the square and a casualty collection point; warn the hospitals.',
        objectives: ['o3'],
        dependsOn: [4],
      },
      {
        storyline: SURGE,
        act: 'Surge',
        at: '00:30',
        from: 'Simulated fire crew',
        to: ['fire-brigade'],
        method: 'radio',
        controller: RESCUE_CONTROL,
        synopsis: 'A railing gives way and people fall down the stairs of the underground car park.',
        message:
          'Crew 1 at the car park: the railing around the stairwell has given way; a dozen people fell down the stairs and more are lying on top of them. We need lighting and more hands.',
        expectedAction:
          'The fire brigade leads the rescue at the car park; the police clear a way to it; 118 sends a triage team.',
        objectives: ['o3'],
      },
      {
        storyline: INFO,
        act: 'Social media',
        at: '00:35',
        from: 'Simulated social media account',
        to: ['city-hall', 'national-police'],
        method: 'social',
        controller: MEDIA_CONTROL,
        synopsis: 'Posts claim shots fired and a terrorist attack in the square.',
        message: 'SHOTS in Piazza San Carlo!!! terror attack, run!! (videos, 15,000 views in ten minutes)',
        expectedAction:
          'Check with the units on the square; the police and the city agree on one message saying what happened and that no attack is confirmed; publish it within 15 minutes.',
        objectives: ['o4'],
        controlNote:
          'The units on the square found no weapon and the casing of a firecracker: say so only if the players ask them.',
      },
      {
        storyline: INFO,
        act: 'Statements',
        at: '00:40',
        from: 'Prefecture of Turin (simulated)',
        to: ['city-hall', 'national-police', 'local-police'],
        method: 'cap-alert',
        controller: MEDIA_CONTROL,
        synopsis:
          'The prefecture sends a public alert (CAP, status Exercise): the square is closed, no attack confirmed.',
        message:
          'EXERCISE. Piazza San Carlo, Turin: crowd emergency, the square is closed. No attack is confirmed. Do not go to the square. If you are nearby, walk calmly away along Via Roma towards Porta Nuova and follow the stewards.',
        expectedAction:
          'The city and the police relay the alert on their channels with the same words, and add the families’ meeting point once it is agreed.',
        objectives: ['o4'],
        controlNote: 'Issued as a CAP message with status Exercise, to the exercise’s participants only.',
        dependsOn: [8],
      },
      {
        storyline: SURGE,
        act: 'Aftermath',
        at: '00:50',
        from: 'Simulated civil protection volunteer, Piazza Castello',
        to: ['city-hall', 'local-police'],
        method: 'phone',
        controller: CROWD_CONTROL,
        synopsis: 'Lost children and separated families gather without help at Piazza Castello.',
        message:
          'About forty people here are looking for their children or friends, some children are alone and crying. Nobody from the authorities is here and there is no list.',
        expectedAction:
          'Set up one staffed reunion point with a list; announce it; link it with the hospitals’ lists of casualties.',
        objectives: ['o5'],
      },
      {
        storyline: SURGE,
        act: 'Aftermath',
        at: '01:00',
        from: 'Simulated hospital, CTO trauma centre',
        to: ['ambulance'],
        method: 'phone',
        controller: RESCUE_CONTROL,
        synopsis: 'The trauma centre reaches its capacity.',
        message:
          '48 casualties received, 6 in intensive care; we can take no more crush injuries. Send them to the Molinette and the Maria Vittoria.',
        expectedAction:
          'Send casualties by hospital capacity; share the hospitals’ list of casualties with the reunion point.',
        objectives: ['o3', 'o5'],
        dependsOn: [6],
      },
      {
        storyline: INFO,
        act: 'Statements',
        at: '01:10',
        from: 'Simulated newspaper journalist',
        to: ['city-hall', 'event-organiser'],
        method: 'news',
        controller: MEDIA_CONTROL,
        synopsis: 'A journalist asks why the fan zone was over its capacity.',
        message:
          '"We have the counter figures: 27,500 people in a square licensed for 25,000, and no bag checks. Who decided to keep the entries open?"',
        expectedAction:
          'One spokesperson states the facts known, does not speculate on blame, and says an inquiry will establish the causes.',
        objectives: ['o4'],
      },
      {
        storyline: SURGE,
        act: 'Aftermath',
        at: '01:20',
        from: 'Simulated railway police, Porta Nuova',
        to: ['national-police', 'local-police'],
        method: 'radio',
        controller: CROWD_CONTROL,
        synopsis: 'A second surge threatens at Porta Nuova station as the fans leave.',
        message:
          'The platforms at Porta Nuova are packed, two trains are cancelled, and people are pushing at the ticket gates.',
        expectedAction:
          'Meter the flow from the square to the station; ask the railway for extra trains; put stewards at the station entrances.',
        objectives: ['o2'],
        controlNote: 'Use only if the discussion of the surge ends before 01:20.',
        contingency: true,
      },
      {
        storyline: INFO,
        act: 'Statements',
        at: '01:30',
        from: 'Prefecture of Turin (simulated)',
        to: ['city-hall', 'national-police'],
        method: 'email',
        controller: LEAD,
        synopsis: 'The prefecture asks for one joint written situation report for the ministry.',
        message:
          'Please send within the hour one joint report: casualties by hospital, people missing, what caused the surge, the state of the square, and the measures for the events of the coming days.',
        expectedAction: 'One report agreed between the agencies, each figure from one source.',
        objectives: ['o2'],
      },
      {
        storyline: SURGE,
        act: 'Aftermath',
        at: '01:45',
        from: 'Exercise director',
        to: [ALL_PLAYERS],
        method: 'in-app',
        controller: LEAD,
        synopsis: 'End of the exercise.',
        message:
          'ENDEX: end of the tabletop. Hot wash now: what went well, what must improve, what each agency changes in its plan.',
        expectedAction:
          'Stop play; each agency gives its three main points; evaluators collect their observations.',
        objectives: [],
      },
    ]),
  },
};
