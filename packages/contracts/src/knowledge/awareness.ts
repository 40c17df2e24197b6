import { z } from 'zod';
import { Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { Organisation } from '../organisation.ts';
import { Multilingual } from './practice.ts';

/**
 * A city's awareness page (KNOWLEDGE.md, PRODUCT.md): what its residents and visitors should know to stay
 * safe in its public spaces — what to do in an attack, how the city alerts them, the large events ahead, how
 * to report what worries them, whom to call — in the city's languages, readable without an account, beside
 * the city's public alerts in force and its public practices.
 */

export const AwarenessTopic = z.enum(['what-to-do', 'alerts', 'events', 'reporting', 'contacts', 'other']);
export type AwarenessTopic = z.infer<typeof AwarenessTopic>;

export const AwarenessSection = z.strictObject({
  topic: AwarenessTopic,
  title: Multilingual(MAX_NAME_LENGTH),
  /** Plain text; blank lines part paragraphs, lines starting with "- " are a list. */
  body: Multilingual(6_000),
});
export type AwarenessSection = z.infer<typeof AwarenessSection>;
export type AwarenessSectionInput = z.input<typeof AwarenessSection>;

export const SaveAwareness = z.strictObject({
  sections: z.array(AwarenessSection).max(12),
  /** Readable by everyone; unpublished, by the city's own members only. */
  published: z.boolean(),
});
export type SaveAwareness = z.infer<typeof SaveAwareness>;
export type SaveAwarenessInput = z.input<typeof SaveAwareness>;

export const AwarenessPage = z.object({
  org: Organisation,
  sections: z.array(AwarenessSection),
  published: z.boolean(),
  /** Null for a page never written (its members see an empty one to write). */
  updatedAt: Timestamp.nullable(),
  /** The reader's organisation is the city and the reader an editor. */
  canEdit: z.boolean(),
});
export type AwarenessPage = z.infer<typeof AwarenessPage>;

/** A published page in the index of cities' pages. */
export const AwarenessEntry = z.object({ org: Organisation, languages: z.array(z.string()), updatedAt: Timestamp });
export type AwarenessEntry = z.infer<typeof AwarenessEntry>;
