import { MAX_CALL_CRITERIA, type Call, type CallJoinRole, type SaveCallInput } from '@pactesur/contracts';
import { deadlineOf, deadlineParts } from './deadline.ts';

/** A criterion as its row of the form holds it, every value as typed. */
export interface CriterionDraft {
  /** The key the answers and scores are filed under: lower-case letters, digits and `-`. */
  readonly key: string;
  readonly label: string;
  readonly guidance: string;
  /** 1 to 5, as typed. */
  readonly weight: string;
}

/** A call as its form holds it. The deadline is a date and a time in the reader's time zone. */
export interface CallDraft {
  readonly title: string;
  readonly description: string;
  readonly criteria: readonly CriterionDraft[];
  readonly deadlineDate: string;
  readonly deadlineTime: string;
  /** As typed: a whole number from 1 to 100. */
  readonly places: string;
  readonly joinAs: CallJoinRole;
  readonly published: boolean;
}

/** What is wrong with the call as a whole. */
export type CallProblem = 'title' | 'criteria' | 'deadline' | 'deadlinePast' | 'places';
/** What is wrong with one criterion's row. */
export type CriterionProblem = 'key' | 'duplicate' | 'label' | 'weight';

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_PLACES = 100;

/** A new criterion's empty row. */
export const emptyCriterion = (): CriterionDraft => ({ key: '', label: '', guidance: '', weight: '1' });

/**
 * The key a label suggests: lower case, accents dropped, anything else a `-`, at most 40 characters.
 *
 * @example keyOf('Expérience des grands événements') // 'experience-des-grands-evenements'
 */
export function keyOf(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * The row with a new label; its key follows the label while it is still the one the previous label
 * suggested (or empty), and stays as written once changed by hand.
 */
export function withLabel(row: CriterionDraft, label: string): CriterionDraft {
  const follows = row.key === '' || row.key === keyOf(row.label);
  return { ...row, label, key: follows ? keyOf(label) : row.key };
}

/** A new call's draft (one empty criterion, a deadline at 17:00 to choose), or a call's to edit. */
export function draftOf(call: Call | null): CallDraft {
  if (!call) {
    return {
      title: '',
      description: '',
      criteria: [emptyCriterion()],
      deadlineDate: '',
      deadlineTime: '17:00',
      places: '',
      joinAs: 'associated',
      published: false,
    };
  }
  const { date, time } = deadlineParts(call.deadline);
  return {
    title: call.title,
    description: call.description,
    criteria: call.criteria.map((c) => ({
      key: c.id,
      label: c.label,
      guidance: c.guidance,
      weight: String(c.weight),
    })),
    deadlineDate: date,
    deadlineTime: time,
    places: String(call.places),
    joinAs: call.joinAs,
    published: call.published,
  };
}

const wholeIn = (text: string, min: number, max: number): boolean =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** The problems of each criterion's row, in the order of the rows. */
export function criterionProblems(draft: CallDraft): CriterionProblem[][] {
  const keys = draft.criteria.map((c) => c.key.trim());
  return draft.criteria.map((c, i) => {
    const problems: CriterionProblem[] = [];
    const key = keys[i] ?? '';
    if (!KEY.test(key)) problems.push('key');
    else if (keys.indexOf(key) !== i) problems.push('duplicate');
    if (c.label.trim() === '' || c.label.trim().length > 300) problems.push('label');
    if (!wholeIn(c.weight, 1, 5)) problems.push('weight');
    return problems;
  });
}

/**
 * The problems of the call as a whole at `now`. A deadline already passed is refused unless it is the one
 * the call already has (`kept`): a closed call may still be edited without moving it.
 */
export function callProblems(draft: CallDraft, now: Date, kept: string | null = null): CallProblem[] {
  const problems: CallProblem[] = [];
  if (draft.title.trim() === '') problems.push('title');
  if (draft.criteria.length === 0 || draft.criteria.length > MAX_CALL_CRITERIA) problems.push('criteria');
  const deadline = deadlineOf(draft.deadlineDate, draft.deadlineTime);
  if (deadline === null) problems.push('deadline');
  else if (deadline !== kept && new Date(deadline).getTime() <= now.getTime()) problems.push('deadlinePast');
  if (!wholeIn(draft.places, 1, MAX_PLACES)) problems.push('places');
  return problems;
}

/** Whether the draft can be sent as it is. */
export const isSaveable = (draft: CallDraft, now: Date, kept: string | null = null): boolean =>
  callProblems(draft, now, kept).length === 0 && criterionProblems(draft).every((p) => p.length === 0);

/** What the API keeps of a draft with no problems. */
export function saveOf(draft: CallDraft): SaveCallInput {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    criteria: draft.criteria.map((c) => ({
      id: c.key.trim(),
      label: c.label.trim(),
      guidance: c.guidance.trim(),
      weight: Number(c.weight),
    })),
    deadline: deadlineOf(draft.deadlineDate, draft.deadlineTime) ?? '',
    places: Number(draft.places),
    joinAs: draft.joinAs,
    published: draft.published,
  };
}
