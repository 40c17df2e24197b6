import {
  agencies,
  ALL_PLAYERS,
  CAPABILITIES as C,
  numbered,
  type ExerciseTemplateData,
} from './template-parts.ts';

const ATTACK = 'Attack and rescue';
const CROWD = 'Crowd';
const INFO = 'Public information';
const LEAD = 'Lead controller';
const POLICE_CONTROL = 'Controller, police control rooms';
const RESCUE_CONTROL = 'Controller, fire brigade and SAMU';
const MEDIA_CONTROL = 'Controller, media cell';

/**
 * A lorry drives into the crowd leaving a national-day fireworks display on a seaside promenade (Nice, 14
 * July style): a full-scale exercise of the first two hours.
 */
export const PROMENADE_VEHICLE_RAMMING: ExerciseTemplateData = {
  id: 'vehicle-ramming-promenade',
  title: 'Vehicle ramming on a seaside promenade',
  type: 'full-scale',
  city: 'Nice',
  durationS: 2 * 3600 + 15 * 60,
  agencies: agencies({
    'local-police': 'Police municipale de Nice',
    'national-police': 'Police nationale, Alpes-Maritimes',
    'fire-brigade': 'Service départemental d’incendie et de secours des Alpes-Maritimes (SDIS 06)',
    ambulance: 'SAMU 06',
    'city-hall': 'Ville de Nice, crisis unit',
    'event-organiser': 'Fireworks organiser, safety office',
    media: 'Simulated media (exercise control)',
  }),
  design: {
    scope:
      'A lorry drives into the crowd leaving the national-day fireworks on the promenade. The exercise plays the first two hours: the attacker stopped, the casualties triaged and taken to hospitals that can take them, 30,000 spectators moved away without a second crush, the public warned and rumours corrected, a family assistance centre opened, the scene handed to the investigators. Played live on the promenade with volunteers as casualties; the control rooms play from their own rooms.',
    venues: ['Promenade des Anglais, from the Hotel Negresco to Boulevard Gambetta'],
    capabilities: [
      C.assessment,
      C.communications,
      C.coordination,
      C.security,
      C.medical,
      C.rescue,
      C.warning,
      C.crowd,
      C.victims,
    ],
    objectives: [
      {
        id: 'o1',
        text: 'Within 5 minutes of the first call, the municipal police control room passes an M/ETHANE report to the national police, the fire brigade and the SAMU.',
        capabilities: [C.assessment.id, C.communications.id],
      },
      {
        id: 'o2',
        text: 'Within 15 minutes, the agencies set up one joint command post, one rendezvous point and an agreed cordon of at least 100 m around the lorry.',
        capabilities: [C.coordination.id, C.security.id],
      },
      {
        id: 'o3',
        text: 'Every casualty is triaged at a casualty collection point and taken to a hospital that has said it can take them.',
        capabilities: [C.medical.id, C.rescue.id],
      },
      {
        id: 'o4',
        text: 'The city relays the public alert on its own channels within 10 minutes, and a false rumour is corrected within 15 minutes of its appearance.',
        capabilities: [C.warning.id],
      },
      {
        id: 'o5',
        text: 'The spectators leave by routes that keep the emergency access clear, without a second crush.',
        capabilities: [C.crowd.id],
      },
      {
        id: 'o6',
        text: 'A family assistance centre is open within 90 minutes and its address published.',
        capabilities: [C.victims.id],
      },
    ],
    storylines: [
      {
        name: ATTACK,
        summary:
          'The lorry drives through the crowd and is stopped; the rescue; the scene handed to the investigators.',
        acts: [
          { name: 'Impact', summary: 'The first calls, the lorry stopped, the first report.' },
          { name: 'Rescue and cordon', summary: 'Triage, the cordon around the lorry, the hospitals.' },
          { name: 'Handover', summary: 'The scene handed to the investigators, the end of play.' },
        ],
      },
      {
        name: CROWD,
        summary: 'The spectators of the fireworks leave the promenade.',
        acts: [{ name: 'Egress', summary: 'The crowd moved away from the scene.' }],
      },
      {
        name: INFO,
        summary: 'Rumours, the alert, the press, the families.',
        acts: [
          { name: 'Rumours', summary: 'False posts and the press.' },
          { name: 'Official word', summary: 'The alert, the family assistance centre, the update.' },
        ],
      },
    ],
    msel: numbered([
      {
        storyline: ATTACK,
        act: 'Impact',
        at: '00:00',
        from: 'Simulated caller, witness on the promenade',
        to: ['local-police'],
        method: 'phone',
        controller: POLICE_CONTROL,
        synopsis: 'A lorry drives into the crowd on the promenade near the Negresco.',
        message:
          '(Out of breath, screams behind.) A white lorry has just come onto the promenade at the Negresco and is driving through the crowd, going east. People are lying everywhere. It is not stopping!',
        expectedAction:
          'The control room sends the nearest patrols, alerts the national police, the fire brigade and the SAMU, and starts an M/ETHANE report.',
        objectives: ['o1'],
        controlNote:
          'The caller is a simulator reading this script. If asked: the lorry is white, about 19 t, heading east. Give no number of casualties: the players must get it from the crews.',
      },
      {
        storyline: ATTACK,
        act: 'Impact',
        at: '00:02',
        from: 'Municipal CCTV centre (simulated)',
        to: ['local-police'],
        method: 'in-app',
        controller: POLICE_CONTROL,
        synopsis: 'CCTV shows the lorry stopped at Boulevard Gambetta, the driver firing from the cab.',
        message:
          'Camera 112, Promenade / Gambetta: the lorry has stopped against a bus shelter. The driver is firing a handgun through the windscreen at the people nearby. Two municipal officers on foot are taking cover behind the kiosk.',
        expectedAction:
          'Pass it to the national police at once; keep patrols out of the line of fire; give arriving crews a safe way in.',
        objectives: ['o1', 'o2'],
        controlNote: 'The still image comes from exercise control; send it through the app only.',
        attachments: ['cctv-112-still.jpg'],
      },
      {
        storyline: ATTACK,
        act: 'Impact',
        at: '00:04',
        from: 'Simulated patrol PM 12',
        to: ['local-police', 'national-police'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'The patrol at Gambetta reports the driver stopped and casualties over 1.7 km.',
        message:
          'PM 12 to control: the driver is down, neutralised. The cargo area of the lorry is closed, we have not checked it. Casualties all along the promenade from the Negresco to here, dozens, some not moving. We need everyone.',
        expectedAction:
          'Declare a major incident; ask for the bomb-disposal unit for the unchecked cargo area; pass the M/ETHANE report to every agency.',
        objectives: ['o1', 'o2'],
      },
      {
        storyline: ATTACK,
        act: 'Impact',
        at: '00:06',
        from: 'Simulated call-taking centre of the fire brigade',
        to: ['fire-brigade', 'ambulance'],
        method: 'phone',
        controller: RESCUE_CONTROL,
        synopsis:
          'The fire brigade and the SAMU receive dozens of calls for casualties along the whole promenade.',
        message:
          'Supervisor: forty calls in four minutes, casualties from the Negresco to the Jardin Albert Ier, many children among them. Callers say people are being crushed on the steps down to the beach.',
        expectedAction:
          'Send the first crews to a rendezvous point agreed with the police, out of the line of fire; set up casualty collection points.',
        objectives: ['o2', 'o3'],
      },
      {
        storyline: ATTACK,
        act: 'Rescue and cordon',
        at: '00:10',
        from: 'Simulated ambulance crew, first on scene',
        to: ['ambulance'],
        method: 'radio',
        controller: RESCUE_CONTROL,
        synopsis: 'The first ambulance crew counts the casualties at Rue de Rivoli.',
        message:
          'First crew at Rivoli: here alone 6 red, 14 yellow, about 30 green walking. We need a forward medical post and at least ten more units. Where is the casualty collection point?',
        expectedAction:
          'Set up a forward medical post outside the cordon; count the casualties by category and share the count with the joint command.',
        objectives: ['o3'],
        dependsOn: [4],
      },
      {
        storyline: ATTACK,
        act: 'Rescue and cordon',
        at: '00:12',
        from: 'Bomb-disposal team leader (simulated)',
        to: ['national-police', 'fire-brigade'],
        method: 'phone',
        controller: POLICE_CONTROL,
        synopsis: 'The bomb-disposal unit asks for a 100 m cordon around the lorry before it approaches.',
        message:
          'We are 15 minutes away. Until we have looked into the cargo area: nobody within 100 m of the lorry, and no radio transmission within 15 m of it.',
        expectedAction:
          'Move any casualty collection point within 100 m of the lorry; reroute the ambulances; tell every crew about the radio restriction.',
        objectives: ['o2'],
        controlNote: 'If the players have already set a cordon of 100 m or more, confirm it and move on.',
        dependsOn: [3],
      },
      {
        storyline: CROWD,
        act: 'Egress',
        at: '00:15',
        from: 'Fireworks organiser, safety officer',
        to: ['event-organiser', 'local-police'],
        method: 'phone',
        controller: LEAD,
        synopsis:
          'About 30,000 spectators stream away towards Place Masséna; people fall on the Jardin Albert Ier steps.',
        message:
          'Our stewards report people running from the beach into the Jardin Albert Ier; the steps are blocked and people are falling. The public address still works. What do we tell them, and which way do we send them?',
        expectedAction:
          'Agree with the police on routes away from the scene that keep the emergency access clear; announce them on the public address in French and English; open the extra gates.',
        objectives: ['o5'],
      },
      {
        storyline: INFO,
        act: 'Rumours',
        at: '00:18',
        from: 'Simulated social media account @NiceLive',
        to: ['city-hall', 'national-police'],
        method: 'social',
        controller: MEDIA_CONTROL,
        synopsis: 'A false post about a hostage-taking at the Negresco spreads fast.',
        message:
          'BREAKING: gunmen have taken hostages in the Hotel Negresco, shooting everywhere on the promenade!! Stay away #Nice (2,000 shares in 10 minutes)',
        expectedAction:
          'Check the facts with the joint command; the city and the police publish one correction within 15 minutes.',
        objectives: ['o4'],
        controlNote:
          'The post is false. Post it again with a growing share count every 5 minutes until a correction is published.',
      },
      {
        storyline: INFO,
        act: 'Official word',
        at: '00:20',
        from: 'Prefecture of the Alpes-Maritimes (simulated)',
        to: ['city-hall', 'local-police', 'event-organiser'],
        method: 'cap-alert',
        controller: MEDIA_CONTROL,
        synopsis:
          'The prefecture sends a public alert (CAP, status Exercise) to the phones around the promenade.',
        message:
          'EXERCISE. Attack in progress, Promenade des Anglais, Nice. Keep away from the promenade between the Negresco and Boulevard Gambetta. If you are nearby, shelter in a building and follow the instructions of the police. Do not go to the scene to look for relatives. Share only official information.',
        expectedAction:
          'The city and the police relay the alert on their own channels within 10 minutes, and the organiser’s public address says the same; the joint command decides when it can be updated.',
        objectives: ['o4'],
        controlNote:
          'Issued as a CAP message with status Exercise, to the exercise’s participants only. Evaluators time the relay on the city’s channels.',
        dependsOn: [3],
      },
      {
        storyline: ATTACK,
        act: 'Rescue and cordon',
        at: '00:30',
        from: 'Simulated hospital, Pasteur 2 emergency department',
        to: ['ambulance'],
        method: 'phone',
        controller: RESCUE_CONTROL,
        synopsis: 'The nearest trauma hospital is full and asks for yellow casualties to go elsewhere.',
        message:
          'We have received 35 casualties in 20 minutes, 9 of them critical. We can take two more red casualties and no more yellow ones: send them to Lenval and Saint-Roch.',
        expectedAction:
          'Send casualties by hospital capacity; tell the crews; keep the list of who went where.',
        objectives: ['o3'],
        dependsOn: [5],
      },
      {
        storyline: INFO,
        act: 'Rumours',
        at: '00:40',
        from: 'Simulated TV news reporter',
        to: ['city-hall', 'national-police'],
        method: 'news',
        controller: MEDIA_CONTROL,
        synopsis: 'A TV channel asks for a live statement within 15 minutes.',
        message:
          'Live: "Dozens dead in Nice, and the authorities are silent." We go on air at the top of the hour: who will speak, and what can you confirm?',
        expectedAction:
          'Agree on one spokesperson and one set of figures; give no number of casualties the SAMU has not confirmed.',
        objectives: ['o4'],
      },
      {
        storyline: ATTACK,
        act: 'Rescue and cordon',
        at: '00:50',
        from: 'Simulated witness',
        to: ['national-police', 'local-police'],
        method: 'phone',
        controller: POLICE_CONTROL,
        synopsis: 'A second suspect is reported running into the old town.',
        message:
          'A man in a dark hoodie jumped out of the passenger side of the lorry before it stopped; I saw him run into Rue Saint-François-de-Paule with a bag.',
        expectedAction:
          'Check the report with the CCTV centre; decide on a search of the old town without taking officers from the cordon.',
        objectives: ['o2'],
        controlNote:
          'Use only if the tempo drops before 01:00 or the scene is handed over early. The report is false: CCTV shows no second person.',
        contingency: true,
      },
      {
        storyline: INFO,
        act: 'Official word',
        at: '01:00',
        from: 'Prefecture crisis cell (simulated)',
        to: ['city-hall'],
        method: 'email',
        controller: LEAD,
        synopsis: 'The prefecture asks the city to open a family assistance centre.',
        message:
          'Families are arriving at the hospitals and at the cordon looking for their relatives. Please open a family assistance centre in a city building away from the scene, and send us its address, hours and telephone number within 30 minutes.',
        expectedAction:
          'The city opens the centre, staffs it with social workers and psychologists, and publishes its address.',
        objectives: ['o6'],
      },
      {
        storyline: ATTACK,
        act: 'Handover',
        at: '01:20',
        from: 'Judicial police investigator (simulated)',
        to: ['national-police', 'fire-brigade', 'ambulance'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'The investigators take over the scene once the last casualty has left.',
        message:
          'To all units: once the last casualty has left, the promenade from the Negresco to Gambetta is a crime scene. Nothing is moved, and every agency gives us the list of its staff who went inside the cordon.',
        expectedAction:
          'Hand the scene over formally; keep the outer cordon; each agency lists who went inside.',
        objectives: ['o2'],
        dependsOn: [6],
      },
      {
        storyline: INFO,
        act: 'Official word',
        at: '01:40',
        from: LEAD,
        to: ['city-hall'],
        method: 'in-app',
        controller: LEAD,
        synopsis: 'The city updates the public with the family assistance centre and the roads reopened.',
        message:
          'The promenade stays closed; the roads north of it reopen. Publish an update with the address of the family assistance centre and the information line.',
        expectedAction: 'The city publishes one update on all its channels, the same words as the police’s.',
        objectives: ['o4', 'o6'],
        dependsOn: [9, 13],
      },
      {
        storyline: ATTACK,
        act: 'Handover',
        at: '02:00',
        from: 'Exercise director',
        to: [ALL_PLAYERS],
        method: 'in-app',
        controller: LEAD,
        synopsis: 'End of the exercise.',
        message:
          'ENDEX: end of exercise. All units stand down. Hot wash in 15 minutes at the joint command post.',
        expectedAction: 'Stop play; evaluators collect their observations; hot wash.',
        objectives: [],
      },
    ]),
  },
};
