import type { MessageKey } from '../i18n/messages.ts';
import type { METHANE_FIELDS } from './methane.ts';

/** The words of an M/ETHANE form and summary: its title and intro, the major incident, yes and no, each field. */
type MethaneWord = 'title' | 'intro' | 'major' | 'yes' | 'no' | (typeof METHANE_FIELDS)[number];

/** The prefix of each key ending in `.exactLocation`. */
type LocationPrefix<K> = K extends `${infer P}.exactLocation` ? P : never;
type WithEveryWord<P> = P extends string ? (`${P}.${MethaneWord}` extends MessageKey ? P : never) : never;

/**
 * A prefix of the dictionaries under which every M/ETHANE word is found (`events.ops.methane` …): each
 * feature names the report in its own words.
 */
export type MethaneWords = WithEveryWord<LocationPrefix<MessageKey>>;

/** The key of one M/ETHANE word under a prefix. */
export const methaneKey = (words: MethaneWords, word: MethaneWord): MessageKey => `${words}.${word}` as MessageKey;
