import { AssessmentContent, type AssessmentContentInput } from '@pactesur/contracts';

/** An assessment's content as the API would store it: the input with the contract's defaults filled in. */
export function content(input: AssessmentContentInput): AssessmentContent {
  return AssessmentContent.parse(input);
}
