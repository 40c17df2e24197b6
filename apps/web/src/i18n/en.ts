import type { EnglishOf } from '../features/defineFeature.ts';
import { FEATURES } from '../features/index.ts';
import { SHELL_DICTIONARY } from './shellDictionary.ts';

/**
 * The English slices of the features (`features/<area>/i18n/en.ts`), as the registry lists them. The merge
 * has the keys of each slice: the intersection of their types.
 */
const featuresEn = Object.assign({}, ...FEATURES.map((f) => f.dictionary.en)) as EnglishOf<typeof FEATURES>;

/**
 * The English dictionary: the words of no feature (`shellDictionary.ts`: the shared words, the app shell,
 * the maps) and the English slice of every feature of the registry (`features/index.ts`). Its keys are the
 * message keys (`Messages`); each slice of another language is typed against its English slice, so a key
 * missing or extra anywhere fails the build. `{name}` placeholders are filled in by `translate`.
 */
export const en = { ...SHELL_DICTIONARY.en, ...featuresEn };
