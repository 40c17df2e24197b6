import type { Inject, Participant } from '@pactesur/contracts';

/** Recipients of an inject that name participants by their role, not an agency (`players`, `all` …). */
const ROLE_WORDS = new Set([
  'all',
  'everyone',
  'all-players',
  'players',
  'player',
  'evaluators',
  'evaluator',
  'observers',
  'observer',
  'controllers',
  'simulators',
]);

const key = (name: string): string => name.trim().toLowerCase();

/**
 * The agency labels an exercise's injects are sent to (`local-police`, `fire-brigade` … as a template or an
 * imported MSEL names them), in the order they first appear: what to offer as the label of a participant
 * added, so that the injects reach it. Role words are left out, and so are the names a participant already answers
 * to (its label, its organisation's slug or name).
 */
export function agencyLabels(msel: readonly Inject[], participants: readonly Participant[]): string[] {
  const taken = new Set(participants.flatMap((p) => [p.agency, p.orgSlug, p.orgName].map(key)));
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const inject of msel)
    for (const to of inject.to) {
      const k = key(to);
      if (ROLE_WORDS.has(k) || taken.has(k) || seen.has(k)) continue;
      seen.add(k);
      labels.push(to.trim());
    }
  return labels;
}

/** The recipients of an inject that reach no participant: neither a role word nor an agency taking part. */
export function unreachedRecipients(inject: Inject, participants: readonly Participant[]): string[] {
  const named = new Set(participants.flatMap((p) => [p.agency, p.orgSlug, p.orgName].map(key)));
  return inject.to.filter((to) => !ROLE_WORDS.has(key(to)) && !named.has(key(to)));
}
