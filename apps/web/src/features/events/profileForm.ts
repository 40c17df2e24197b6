import {
  ProfileConstants,
  SaveEventProfile,
  type EventProfile,
  type ProfileConstant,
  type SaveEventProfileInput,
} from '@pactesur/contracts';
import { issueProblems, type DraftProblem } from '../../ui/draftSaver.ts';

/** The constants of a profile, in the order EVENTS.md gives them. */
export const PROFILE_CONSTANTS: readonly ProfileConstant[] = ProfileConstants.keyof().options;

/** A profile as its form holds it: every number as typed, every source as written. */
export interface ProfileDraft {
  readonly name: string;
  readonly country: string;
  readonly values: Readonly<Record<ProfileConstant, string>>;
  readonly sources: Readonly<Record<ProfileConstant, string>>;
}

const each = <T>(f: (k: ProfileConstant) => T) =>
  Object.fromEntries(PROFILE_CONSTANTS.map((k) => [k, f(k)])) as Record<ProfileConstant, T>;

/**
 * The form of a profile, filled from one (a new profile starts from the built-in default, renamed).
 *
 * @example profileDraft(defaultProfile, { name: 'France — préfecture', country: 'FR' })
 */
export function profileDraft(
  profile: EventProfile,
  over: { readonly name?: string; readonly country?: string } = {},
): ProfileDraft {
  return {
    name: over.name ?? profile.name,
    country: over.country ?? profile.country,
    values: each((k) => String(profile.constants[k])),
    sources: each((k) => profile.sources[k] ?? ''),
  };
}

/** A number as typed, with a comma or a point; NaN when it is not one. */
const numberOf = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));

/**
 * What the form sends, or the fields the contract refuses (each named by its path: `constants.flowLevel`).
 *
 * @example profileBody(draft) // { ok: true, body: { name, country, constants: { planningDensity: 2, … }, sources } }
 */
export function profileBody(
  draft: ProfileDraft,
):
  | { readonly ok: true; readonly body: SaveEventProfileInput }
  | { readonly ok: false; readonly problems: DraftProblem[] } {
  const sources = Object.fromEntries(
    PROFILE_CONSTANTS.flatMap((k) => (draft.sources[k].trim() === '' ? [] : [[k, draft.sources[k].trim()]])),
  );
  const body = {
    name: draft.name,
    country: draft.country,
    constants: each((k) => numberOf(draft.values[k])),
    sources,
  };
  const checked = SaveEventProfile.safeParse(body);
  return checked.success
    ? { ok: true, body: checked.data }
    : { ok: false, problems: issueProblems(checked.error.issues) };
}
