import {
  CATEGORY_POLICIES,
  type LngLat,
  type NewReportInput,
  type ReportCategory,
} from '@pactesur/contracts';
import { descriptionCount } from './descriptionCount.ts';

/** The reporter's contact, as typed: each part optional. */
export interface ContactDraft {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
}

export const NO_CONTACT: ContactDraft = { firstName: '', lastName: '', email: '', phone: '' };

/** The reporting form as filled in. */
export interface ReportDraft {
  readonly place: LngLat | null;
  /** Where, in words (a street, a landmark): optional beside the place on the map. */
  readonly address: string;
  readonly category: ReportCategory | null;
  readonly description: string;
  readonly contact: ContactDraft;
  /** "Hide my name": read only where the category allows it. */
  readonly hideName: boolean;
}

/** What the form still needs before it can be sent. */
export type DraftProblem = 'place' | 'category' | 'description' | 'too-long' | 'name';

export type DraftResult =
  | { readonly ok: true; readonly body: NewReportInput }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/**
 * The report to send from the form, in the reporter's language, or what is missing. A category that is not
 * anonymous needs the reporter's first or last name. A reporter who hides their name (where the category
 * allows it) sends no contact at all: the receiving organisation would not see it, so it does not leave the
 * browser.
 */
export function reportBody(draft: ReportDraft, lang: string): DraftResult {
  const count = descriptionCount(draft.description);
  const problems: DraftProblem[] = [];
  if (!draft.place) problems.push('place');
  if (!draft.category) problems.push('category');
  if (count.empty) problems.push('description');
  if (count.tooLong) problems.push('too-long');
  const named = draft.contact.firstName.trim() !== '' || draft.contact.lastName.trim() !== '';
  if (draft.category && !CATEGORY_POLICIES[draft.category].anonymous && !named) problems.push('name');
  if (!draft.place || !draft.category || problems.length > 0) return { ok: false, problems };
  const anonymous = draft.hideName && CATEGORY_POLICIES[draft.category].anonymous;
  const c = draft.contact;
  return {
    ok: true,
    body: {
      category: draft.category,
      location: [draft.place[0], draft.place[1]],
      address: draft.address.trim(),
      description: draft.description.trim(),
      anonymous,
      contact: anonymous
        ? { ...NO_CONTACT }
        : {
            firstName: c.firstName.trim(),
            lastName: c.lastName.trim(),
            email: c.email.trim(),
            phone: c.phone.trim(),
          },
      lang,
    },
  };
}
