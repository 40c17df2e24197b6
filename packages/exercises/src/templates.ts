import { FAN_ZONE_CROWD_CRUSH } from './template-fan-zone.ts';
import { MARKET_SUSPICIOUS_OBJECT } from './template-market.ts';
import type { ExerciseTemplateData, TemplateId } from './template-parts.ts';
import { PROMENADE_VEHICLE_RAMMING } from './template-promenade.ts';

export {
  AGENCY_ROLES,
  ALL_PLAYERS,
  CAPABILITIES,
  TEMPLATE_IDS,
  type AgencyRole,
  type ExerciseAgency,
  type ExerciseTemplateData,
  type TemplateDesign,
  type TemplateId,
} from './template-parts.ts';
export { FAN_ZONE_CROWD_CRUSH, MARKET_SUSPICIOUS_OBJECT, PROMENADE_VEHICLE_RAMMING };

/**
 * The ready-made exercises, from the world of the platform's cities: a vehicle ramming on a seaside
 * promenade (Nice, full-scale), a crowd crush at a fan zone (Turin, tabletop), a suspicious object at a
 * market (Xàbia, functional). Each has its seven agencies (local and national police, fire brigade,
 * ambulance, city hall, the event's organiser, simulated media) and a design: scope, venue, objectives
 * with the capabilities they test, storylines in acts, and an MSEL of 15 or 16 injects in which
 * `validateMsel` finds nothing; one inject of each is delivered as a CAP alert with status Exercise. Their
 * texts are in English.
 */
export const TEMPLATES: readonly ExerciseTemplateData[] = Object.freeze([
  PROMENADE_VEHICLE_RAMMING,
  FAN_ZONE_CROWD_CRUSH,
  MARKET_SUSPICIOUS_OBJECT,
]);

const BY_ID: ReadonlyMap<string, ExerciseTemplateData> = new Map(TEMPLATES.map((t) => [t.id, t]));

/** The template of an id. */
export function exerciseTemplate(id: TemplateId): ExerciseTemplateData;
/** The template of an id, or undefined for an id that is none. */
export function exerciseTemplate(id: string): ExerciseTemplateData | undefined;
export function exerciseTemplate(id: string): ExerciseTemplateData | undefined {
  return BY_ID.get(id);
}
