import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { PracticeSearch } from './practice.ts';

/**
 * A saved search of practices (KNOWLEDGE.md): a user's words and facets kept under a name, run again in one
 * click, and — when `notify` is on — a notification each time a practice the user's organisation may read
 * newly matches it (published, or edited or shared so that it does). Each practice is announced once per
 * search; the practices matching when the search is saved are not announced.
 */
export const SavedSearchQuery = z.strictObject({
  q: PracticeSearch.shape.q,
  facets: PracticeSearch.shape.facets,
  owner: PracticeSearch.shape.owner,
});
export type SavedSearchQuery = z.infer<typeof SavedSearchQuery>;

export const SaveSavedSearch = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  search: SavedSearchQuery,
  notify: z.boolean().default(true),
});
export type SaveSavedSearch = z.infer<typeof SaveSavedSearch>;
export type SaveSavedSearchInput = z.input<typeof SaveSavedSearch>;

/** Most saved searches one user keeps for one organisation. */
export const MAX_SAVED_SEARCHES = 50;

export const SavedSearch = z.object({
  id: Id,
  name: z.string(),
  search: SavedSearchQuery,
  notify: z.boolean(),
  createdAt: Timestamp,
  /** When a practice last newly matched it (announced or not), null if none has yet. */
  lastMatchAt: Timestamp.nullable(),
  /** Practices that newly matched it since it was saved. */
  matches: z.int(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;
