import { AlertDraftContent, type Alert } from '@pactesur/contracts';
import {
  DraftSaver as Saver,
  issueProblems,
  type DraftProblem,
  type DraftSaverOptions as SaverOptions,
} from '../../ui/draftSaver.ts';

export { UnsavedDraft, type DraftProblem, type DraftSaveState, type Known } from '../../ui/draftSaver.ts';

export type DraftSaverOptions = Omit<SaverOptions<AlertDraftContent, Alert>, 'problems'>;

/** The problems the contract finds in a draft, none when it may be sent. */
export function draftProblems(content: unknown): DraftProblem[] {
  const checked = AlertDraftContent.safeParse(content);
  return checked.success ? [] : issueProblems(checked.error.issues);
}

/**
 * Saves an alert's draft as the officer types (the shared saver of drafts): the whole content, checked
 * against the alert contract before it is sent.
 */
export class DraftSaver extends Saver<AlertDraftContent, Alert> {
  constructor(options: DraftSaverOptions) {
    super({ ...options, problems: draftProblems });
  }
}
