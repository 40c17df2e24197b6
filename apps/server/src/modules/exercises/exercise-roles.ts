import { CONTROL_ROLES, type ExerciseRole, type Participant } from '@pactesur/contracts';
import { ALL_PLAYERS } from '@pactesur/exercises';

/** The roles of a reader in an exercise: the organiser's people control it; others have their participants' roles. */
export function rolesOf(actor: { orgId: string | null; userId: string }, ownerOrgId: string, participants: readonly Participant[]): ExerciseRole[] {
  if (actor.orgId === ownerOrgId) return ['controller'];
  const roles = participants.filter((p) => p.orgId === actor.orgId && (p.userId === null || p.userId === actor.userId)).map((p) => p.role);
  return [...new Set(roles)];
}

export const controls = (roles: readonly ExerciseRole[]): boolean => roles.some((r) => CONTROL_ROLES.includes(r));

/** The part of an exercise's live channel that carries what is delivered to one organisation. */
export const orgPart = (orgId: string): string => `org-${orgId}`;

/** Words of an inject's `to` that name every participant of a role. */
const ROLE_WORDS: Readonly<Record<string, ExerciseRole | 'all'>> = {
  all: 'all',
  [ALL_PLAYERS]: 'player',
  everyone: 'all',
  players: 'player',
  player: 'player',
  evaluators: 'evaluator',
  evaluator: 'evaluator',
  observers: 'observer',
  observer: 'observer',
  controllers: 'controller',
  simulators: 'simulator',
};

/**
 * The organisations an inject reaches: each recipient of its `to` names a participating agency (its slug,
 * its label in the exercise or its name, in any case) or a role (`players`, `evaluators`, `all` …). A
 * recipient naming nobody reaches nobody.
 */
export function recipientsOf(to: readonly string[], participants: readonly Participant[]): string[] {
  const orgs = new Set<string>();
  for (const raw of to) {
    const word = raw.trim().toLowerCase();
    const role = ROLE_WORDS[word];
    for (const p of participants) {
      const named = [p.orgSlug, p.agency, p.orgName].some((n) => n.trim().toLowerCase() === word);
      if (named || role === 'all' || p.role === role) orgs.add(p.orgId);
    }
  }
  return [...orgs];
}
