import { createContext } from 'react';

/**
 * The language the page already says its texts are written in (under the title): a text in that language
 * needs no label of its own, so "Written in French" is said once, not beside every field.
 */
export const WrittenInContext = createContext<string | null>(null);
