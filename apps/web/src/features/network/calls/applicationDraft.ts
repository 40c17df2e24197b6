import {
  MAX_CALL_ANSWER,
  MAX_NAME_LENGTH,
  type CallApplication,
  type CallCriterion,
  type SaveApplicationInput,
} from '@pactesur/contracts';

/** An application as its form holds it: an answer per criterion (by key), the motivation, the contact. */
export interface ApplicationDraft {
  readonly answers: Readonly<Record<string, string>>;
  readonly motivation: string;
  readonly contact: string;
}

export type ApplicationProblem = 'unanswered' | 'answer' | 'motivation' | 'contact';

const MAX_MOTIVATION = 8_000;

/** The organisation's application to change, or an empty one. */
export function applicationDraftOf(mine: CallApplication | null): ApplicationDraft {
  return {
    answers: { ...(mine?.answers ?? {}) },
    motivation: mine?.motivation ?? '',
    contact: mine?.contact ?? '',
  };
}

/**
 * What keeps the application from being sent: a criterion not answered, an answer too long, no motivation,
 * no contact.
 */
export function applicationProblems(
  draft: ApplicationDraft,
  criteria: readonly CallCriterion[],
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  const answers = criteria.map((c) => (draft.answers[c.id] ?? '').trim());
  if (answers.some((a) => a === '')) problems.push('unanswered');
  if (answers.some((a) => a.length > MAX_CALL_ANSWER)) problems.push('answer');
  const motivation = draft.motivation.trim();
  if (motivation === '' || motivation.length > MAX_MOTIVATION) problems.push('motivation');
  const contact = draft.contact.trim();
  if (contact === '' || contact.length > MAX_NAME_LENGTH) problems.push('contact');
  return problems;
}

/** What the API keeps: the answers to the call's criteria only, trimmed, then the motivation and contact. */
export function saveApplicationOf(
  draft: ApplicationDraft,
  criteria: readonly CallCriterion[],
): SaveApplicationInput {
  return {
    answers: Object.fromEntries(criteria.map((c) => [c.id, (draft.answers[c.id] ?? '').trim()])),
    motivation: draft.motivation.trim(),
    contact: draft.contact.trim(),
  };
}
