import {
  agencies,
  ALL_PLAYERS,
  CAPABILITIES as C,
  numbered,
  type ExerciseTemplateData,
} from './template-parts.ts';

const OBJECT = 'Suspicious object';
const PUBLIC = 'Public and traders';
const LEAD = 'Lead controller';
const POLICE_CONTROL = 'Controller, police control rooms';
const RESCUE_CONTROL = 'Controller, fire brigade and SAMU';
const MEDIA_CONTROL = 'Controller, media cell';
const CORDON = 'Cordon and evacuation';

/**
 * A suspicious object at a weekly market (Xàbia): a rucksack with wires under a stall among 2,000
 * shoppers. A functional exercise: the control rooms and command posts play, exercise control simulates
 * the street.
 */
export const MARKET_SUSPICIOUS_OBJECT: ExerciseTemplateData = {
  id: 'suspicious-object-market',
  title: 'Suspicious object at a market',
  type: 'functional',
  city: 'Xàbia',
  durationS: 105 * 60,
  agencies: agencies({
    'local-police': 'Policia Local de Xàbia',
    'national-police': 'Guardia Civil, Xàbia post',
    'fire-brigade': 'Consorcio Provincial de Bomberos de Alicante',
    ambulance: 'SAMU, Alicante',
    'city-hall': 'Ajuntament de Xàbia, civil protection',
    'event-organiser': 'Weekly market, traders’ association',
    media: 'Simulated media (exercise control)',
  }),
  design: {
    scope:
      'A functional exercise on the weekly market: a rucksack with visible wires is found under a stall among about 2,000 shoppers. The control rooms and command posts play from their rooms; exercise control simulates the units in the street, the traders, the public and the media. It tests the first response to a suspicious object (confirm, clear, cordon, control), clearing a market, the hand-over to the bomb-disposal specialists and the information of the public, the traders and a nearby school.',
    venues: ['The Thursday market in the old town, by the church of Sant Bertomeu'],
    capabilities: [C.hazard, C.assessment, C.crowd, C.coordination, C.security, C.warning, C.medical],
    objectives: [
      {
        id: 'o1',
        text: 'The first patrol confirms the description of the object, and the control room decides within 5 minutes to clear and cordon at least 100 m, with no radio or telephone used within 15 m of the object.',
        capabilities: [C.hazard.id, C.assessment.id],
      },
      {
        id: 'o2',
        text: 'The market is cleared within 20 minutes by routes leading away from the object, and the assembly points are searched before people are sent there.',
        capabilities: [C.hazard.id, C.crowd.id],
      },
      {
        id: 'o3',
        text: 'A joint command post is set up outside the cordon, and the bomb-disposal team takes the inner cordon with a hand-over of everything known.',
        capabilities: [C.coordination.id, C.security.id],
      },
      {
        id: 'o4',
        text: 'The public, the traders and the nearby school get one consistent message within 20 minutes, in Valencian, Spanish and English.',
        capabilities: [C.warning.id],
      },
      {
        id: 'o5',
        text: 'A casualty during the evacuation is treated and taken to hospital without anyone crossing the inner cordon.',
        capabilities: [C.medical.id],
      },
    ],
    storylines: [
      {
        name: OBJECT,
        summary: 'The rucksack found, the market cleared, the object made safe.',
        acts: [
          { name: 'Discovery', summary: 'The call and the first patrol.' },
          {
            name: CORDON,
            summary: 'The cordon, the traders, the gas cylinder, the casualty, the second bag.',
          },
          { name: 'Clearance', summary: 'The bomb-disposal team, the all-clear, the end of play.' },
        ],
      },
      {
        name: PUBLIC,
        summary: 'The alert, the rumours, the school, the press.',
        acts: [{ name: 'Information', summary: 'What the public, the parents and the press are told.' }],
      },
    ],
    msel: numbered([
      {
        storyline: OBJECT,
        act: 'Discovery',
        at: '00:00',
        from: 'Simulated market trader',
        to: ['local-police'],
        method: 'phone',
        controller: POLICE_CONTROL,
        synopsis: 'A trader reports an abandoned rucksack with wires under a neighbouring stall.',
        message:
          'I sell fruit at the Thursday market, by the church. There is a black rucksack under the clothes stall next to mine; a man left it half an hour ago and nobody has come back for it. It is a little open and I can see wires and tape. Should I move it?',
        expectedAction:
          'Tell the trader not to touch it and to move people away; send the nearest patrol; ask for a description of the man.',
        objectives: ['o1'],
        controlNote: 'If asked: the man was about 30, in a grey cap, and walked towards the car park.',
      },
      {
        storyline: OBJECT,
        act: 'Discovery',
        at: '00:04',
        from: 'Simulated patrol 3, Policia Local',
        to: ['local-police'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'The first patrol confirms the description of the object.',
        message:
          'Patrol 3 at the church: black rucksack, heavy, a mobile phone taped to its side with wires going inside. About two thousand people in the market. Orders?',
        expectedAction:
          'Confirm, clear, cordon, control: clear to at least 100 m, no radio or telephone within 15 m; alert the Guardia Civil, the fire brigade and the SAMU; ask for the bomb-disposal team.',
        objectives: ['o1'],
        controlNote:
          'The patrol is transmitting from 5 m away: evaluators note whether the control room tells it to move back before transmitting again.',
        dependsOn: [1],
      },
      {
        storyline: OBJECT,
        act: CORDON,
        at: '00:06',
        from: 'Guardia Civil operations centre (simulated)',
        to: ['national-police', 'local-police'],
        method: 'phone',
        controller: POLICE_CONTROL,
        synopsis: 'The bomb-disposal team is 50 minutes away.',
        message:
          'The bomb-disposal team is leaving Alicante and will arrive in about 50 minutes. Until then: a cordon of 100 m, nobody in, nothing moved, and keep the witnesses for us.',
        expectedAction:
          'Hold the cordon until the team arrives; set up the joint command post outside it; keep the trader as a witness.',
        objectives: ['o3'],
        dependsOn: [2],
      },
      {
        storyline: OBJECT,
        act: CORDON,
        at: '00:08',
        from: 'Simulated president of the traders’ association',
        to: ['event-organiser', 'local-police'],
        method: 'phone',
        controller: LEAD,
        synopsis: 'Traders refuse to leave their stalls and goods.',
        message:
          'The traders will not leave their stock in the street: some have thousands of euros of goods on their stalls. They say it is surely a forgotten bag. Can they at least pack up first?',
        expectedAction:
          'Explain the danger; people leave at once without their goods; the association helps by passing the word from stall to stall.',
        objectives: ['o2'],
      },
      {
        storyline: OBJECT,
        act: CORDON,
        at: '00:10',
        from: 'Simulated fire crew at the cordon',
        to: ['fire-brigade'],
        method: 'radio',
        controller: RESCUE_CONTROL,
        synopsis: 'A gas cylinder at a food stall stands 30 m from the object.',
        message:
          'The churros stall has a 35 kg propane cylinder, still connected, 30 metres from the rucksack.',
        expectedAction:
          'Decide whether the cylinder can be closed and moved without going near the object; if not, widen the cordon.',
        objectives: ['o3'],
      },
      {
        storyline: OBJECT,
        act: CORDON,
        at: '00:14',
        from: 'Simulated ambulance crew',
        to: ['ambulance', 'local-police'],
        method: 'radio',
        controller: RESCUE_CONTROL,
        synopsis: 'An elderly man collapses in the crowd leaving the market.',
        message:
          'An elderly man has collapsed at the exit to Carrer Major; he is breathing, with chest pain. The crowd is walking round him.',
        expectedAction:
          'Treat him at a point outside the cordon; keep the ambulance’s way clear of the evacuation.',
        objectives: ['o5'],
      },
      {
        storyline: PUBLIC,
        act: 'Information',
        at: '00:18',
        from: 'Regional emergency centre 112 (simulated)',
        to: ['city-hall', 'local-police'],
        method: 'cap-alert',
        controller: MEDIA_CONTROL,
        synopsis:
          'The regional emergency centre sends a public alert (CAP, status Exercise) to the phones in the old town.',
        message:
          'EXERCISE. Police operation in the old town of Xàbia. Keep away from the market and the church square. If you are nearby, follow the instructions of the Policia Local. Do not share photos or videos of the operation.',
        expectedAction:
          'The city and the police relay the alert in Valencian, Spanish and English, with the streets closed and the assembly points.',
        objectives: ['o4'],
        controlNote: 'Issued as a CAP message with status Exercise, to the exercise’s participants only.',
        dependsOn: [2],
      },
      {
        storyline: PUBLIC,
        act: 'Information',
        at: '00:22',
        from: 'Simulated social media account',
        to: ['city-hall', 'national-police'],
        method: 'social',
        controller: MEDIA_CONTROL,
        synopsis: 'A close-up video of the rucksack spreads with a false claim that a bomb was found.',
        message:
          'BOMB at the Xàbia market, they found explosives!! (video filmed from about 10 m, 3,000 views)',
        expectedAction:
          'Answer with the facts; ask people not to come closer to film; check whether whoever filmed it is inside the cordon.',
        objectives: ['o4'],
        controlNote:
          'The video was filmed from inside the cordon: the police are expected to notice it and move that person out.',
        attachments: ['rucksack-video.mp4'],
      },
      {
        storyline: PUBLIC,
        act: 'Information',
        at: '00:25',
        from: 'Simulated head teacher of the nearby primary school',
        to: ['city-hall'],
        method: 'phone',
        controller: LEAD,
        synopsis: 'The school 150 m away asks whether to keep the children in.',
        message:
          'Parents are calling, and some are at the gate wanting to take their children home. Do we keep them inside, leave, or let the parents in?',
        expectedAction:
          'Keep the children inside, away from the windows facing the market; ask parents not to come; tell the school when the next update will be.',
        objectives: ['o4'],
      },
      {
        storyline: OBJECT,
        act: CORDON,
        at: '00:30',
        from: 'Simulated patrol 5 at the assembly point',
        to: ['local-police', 'national-police'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'A second unattended bag is reported at the assembly point in the car park.',
        message: 'A sports bag left next to a car at the car park, and about 500 people here already.',
        expectedAction:
          'Treat it as a possible second device: move the people away, search the next assembly point before sending anyone there, tell the bomb-disposal team.',
        objectives: ['o2', 'o3'],
        controlNote:
          'The bag belongs to a trader; this comes out only if the players ask the people around it.',
        dependsOn: [3],
      },
      {
        storyline: OBJECT,
        act: 'Clearance',
        at: '00:55',
        from: 'Bomb-disposal team leader, Guardia Civil (simulated)',
        to: ['national-police', 'local-police', 'fire-brigade'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'The bomb-disposal team arrives and takes the inner cordon.',
        message:
          'On scene at the joint command post. We take the inner cordon. Tell us who went near the rucksack, how close, and whether anything was moved.',
        expectedAction:
          'Hand over everything known (the witness, the patrol’s description, the second bag, the gas cylinder); the local police keep the outer cordon.',
        objectives: ['o3'],
        dependsOn: [3],
      },
      {
        storyline: OBJECT,
        act: 'Clearance',
        at: '01:15',
        from: 'Bomb-disposal team leader, Guardia Civil (simulated)',
        to: ['national-police', 'local-police', 'city-hall'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'The X-ray shows no explosive: clothes and a power bank.',
        message:
          'The X-ray shows clothes, and a power bank with a phone charger taped to it. No explosive. We are finishing our checks; the area will be released in 10 minutes.',
        expectedAction:
          'Plan the reopening: the traders back in order, the public told, the school informed.',
        objectives: ['o3', 'o4'],
        dependsOn: [11],
      },
      {
        storyline: PUBLIC,
        act: 'Information',
        at: '01:20',
        from: 'Simulated local radio journalist',
        to: ['city-hall'],
        method: 'news',
        controller: MEDIA_CONTROL,
        synopsis: 'The local radio asks for an interview on its morning programme.',
        message:
          'Our listeners ask whether the market will be held next Thursday, and why the whole old town was closed for a rucksack. Can the mayor speak to us live?',
        expectedAction:
          'Explain the precautions; thank the public and the traders; say what changes next week.',
        objectives: ['o4'],
      },
      {
        storyline: OBJECT,
        act: 'Clearance',
        at: '01:25',
        from: 'Simulated patrol 2 at the outer cordon',
        to: ['local-police', 'national-police'],
        method: 'radio',
        controller: POLICE_CONTROL,
        synopsis: 'The owner of the rucksack comes back and argues with the police at the cordon.',
        message:
          'A man says the rucksack is his, that he left it to go to the bank, and he wants it back now. He is getting angry.',
        expectedAction: 'Hold him for the Guardia Civil’s questions; calm the situation; check his story.',
        objectives: ['o3'],
        controlNote: 'Use only if the players are ahead of time.',
        contingency: true,
        dependsOn: [11],
      },
      {
        storyline: OBJECT,
        act: 'Clearance',
        at: '01:40',
        from: 'Exercise director',
        to: [ALL_PLAYERS],
        method: 'in-app',
        controller: LEAD,
        synopsis: 'End of the exercise.',
        message: 'ENDEX: end of exercise. Hot wash at the joint command post in 10 minutes.',
        expectedAction: 'Stop play; evaluators collect their observations; hot wash.',
        objectives: [],
      },
    ]),
  },
};
