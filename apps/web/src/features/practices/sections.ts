import type { PracticeContent } from '@pactesur/contracts';
import { isBlank } from './displayText.ts';

/** The parts of a practice, in the order of the record (KNOWLEDGE.md, "A practice record"). */
export const SECTIONS = [
  'identity',
  'problem',
  'intervention',
  'resources',
  'evidence',
  'transfer',
  'links',
] as const;
export type SectionName = (typeof SECTIONS)[number];

const given = (text: string): boolean => text.trim() !== '';

/**
 * Whether a part of a practice has anything written in it: its identity always has (a title and a
 * status), its evidence too (being "not evaluated" is worth saying).
 */
export function sectionFilled(c: PracticeContent, section: SectionName): boolean {
  switch (section) {
    case 'identity':
    case 'evidence':
      return true;
    case 'problem':
      return (
        !isBlank(c.problem) ||
        !isBlank(c.context) ||
        c.threats.length + c.placeTypes.length + c.eventTypes.length > 0
      );
    case 'intervention':
      return (
        !isBlank(c.objectives) ||
        !isBlank(c.method) ||
        !isBlank(c.timeline) ||
        c.functions.length + c.solutionTypes.length + c.partners.length > 0 ||
        given(c.audience)
      );
    case 'resources':
      return c.costBand !== null || given(c.funding) || given(c.staffEffort);
    case 'transfer':
      return !isBlank(c.conditions) || !isBlank(c.lessons) || !isBlank(c.differently) || c.legal.length > 0;
    case 'links':
      return (
        c.links.siteIds.length +
          c.links.eventIds.length +
          c.links.exerciseActions.length +
          c.links.practiceIds.length >
        0
      );
  }
}
