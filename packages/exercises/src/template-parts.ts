import {
  Inject,
  type Capability,
  type DeliveryMethod,
  type ExerciseType,
  type Objective,
  type Storyline,
} from '@pactesur/contracts';
import { parseScenarioTime } from './msel-columns.ts';

/** What an agency is in an exercise: the seven kinds every template has. */
export const AGENCY_ROLES = [
  'local-police',
  'national-police',
  'fire-brigade',
  'ambulance',
  'city-hall',
  'event-organiser',
  'media',
] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

/** A participating agency: its slug (what injects are sent to), its name, its kind. */
export interface ExerciseAgency {
  readonly slug: string;
  readonly name: string;
  readonly role: AgencyRole;
  /** Played by the exercise's control (the media), not by players. */
  readonly simulated: boolean;
}

/** The ids of the templates, as an exercise names the one it starts from. */
export const TEMPLATE_IDS = [
  'vehicle-ramming-promenade',
  'crowd-crush-fan-zone',
  'suspicious-object-market',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What a template gives an exercise's design (the planning meetings and documents are the planners'). */
export interface TemplateDesign {
  readonly scope: string;
  readonly venues: readonly string[];
  readonly objectives: readonly Objective[];
  readonly capabilities: readonly Capability[];
  readonly storylines: readonly Storyline[];
  /** The master scenario events list. */
  readonly msel: readonly Inject[];
}

/** A ready-made exercise: its outline, its agencies and its design, to be adapted by the planners. */
export interface ExerciseTemplateData {
  readonly id: TemplateId;
  readonly title: string;
  readonly type: ExerciseType;
  readonly city: string;
  /** From the start to the end of play (s). */
  readonly durationS: number;
  readonly agencies: readonly ExerciseAgency[];
  readonly design: TemplateDesign;
}

/** Who an inject for every player is sent to. */
export const ALL_PLAYERS = 'all-players';

/** The capabilities the templates test. */
export const CAPABILITIES = {
  coordination: {
    id: 'operational-coordination',
    name: 'Operational coordination',
    description:
      'One joint command of the agencies on scene: a shared picture, joint decisions, one rendezvous point.',
  },
  assessment: {
    id: 'situation-assessment',
    name: 'Situation assessment',
    description: 'The first crews’ M/ETHANE report, passed to every agency and kept up to date.',
  },
  security: {
    id: 'on-scene-security',
    name: 'On-scene security and law enforcement',
    description:
      'Cordons and traffic control, the threat stopped, the scene protected for the investigators.',
  },
  medical: {
    id: 'emergency-medical-care',
    name: 'Emergency medical care',
    description: 'Triage, casualty collection points, and transport to hospitals as their capacity allows.',
  },
  rescue: {
    id: 'search-and-rescue',
    name: 'Search and rescue',
    description: 'People trapped or hurt reached, freed and handed over to medical care.',
  },
  warning: {
    id: 'public-warning',
    name: 'Public information and warning',
    description: 'Alerts and statements that are quick, agreed between the agencies, and correct rumours.',
  },
  crowd: {
    id: 'crowd-management',
    name: 'Crowd management',
    description:
      'Density watched against trigger points, entries closed, exits opened, a crowd moved without a surge.',
  },
  communications: {
    id: 'operational-communications',
    name: 'Operational communications',
    description: 'Radio and telephone links between the agencies that hold up under load.',
  },
  hazard: {
    id: 'hazard-response',
    name: 'Suspicious object response',
    description:
      'An object confirmed, the area cleared, cordoned and controlled until specialists make it safe.',
  },
  victims: {
    id: 'family-assistance',
    name: 'Victim and family assistance',
    description: 'Separated people reunited, families told where to go, the missing listed.',
  },
} as const satisfies Record<string, Capability>;

/** The seven agencies of a template, named for its city. */
export function agencies(names: Readonly<Record<AgencyRole, string>>): ExerciseAgency[] {
  return AGENCY_ROLES.map((role) => ({
    slug: role,
    name: names[role],
    role,
    simulated: role === 'media',
  }));
}

/** What an inject of a template says; the rest takes the contract's defaults. */
export interface TemplateInject {
  readonly storyline: string;
  readonly act: string;
  /** `H:MM` after the start. */
  readonly at: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly method: DeliveryMethod;
  readonly controller: string;
  readonly synopsis: string;
  readonly message: string;
  readonly expectedAction: string;
  readonly objectives: readonly string[];
  readonly controlNote?: string;
  readonly contingency?: boolean;
  /** Numbers of the injects it waits for. */
  readonly dependsOn?: readonly number[];
  readonly attachments?: readonly string[];
}

/** A template's injects, numbered from 1 in the order given, with ids `inject-<number>` (as a CSV without ids). */
export function numbered(texts: readonly TemplateInject[]): Inject[] {
  return texts.map((t, i) =>
    Inject.parse({
      id: `inject-${i + 1}`,
      number: i + 1,
      storyline: t.storyline,
      act: t.act,
      scenarioTimeS: parseScenarioTime(t.at) ?? -1,
      synopsis: t.synopsis,
      message: t.message,
      from: t.from,
      to: t.to,
      method: t.method,
      controller: t.controller,
      expectedAction: t.expectedAction,
      objectives: t.objectives,
      controlNote: t.controlNote ?? '',
      contingency: t.contingency ?? false,
      dependsOn: (t.dependsOn ?? []).map((n) => `inject-${n}`),
      attachments: t.attachments ?? [],
    }),
  );
}
