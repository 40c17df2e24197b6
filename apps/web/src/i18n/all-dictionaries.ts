import type { Locale } from '@pactesur/contracts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import type { Messages } from './messages.ts';

/** Every dictionary at once, for tests that compare the languages (the app loads them one by one). */
export const DICTIONARIES: Readonly<Record<Locale, Messages>> = { en, fr, es, it };
