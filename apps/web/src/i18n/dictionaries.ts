import type { Locale } from '@pactesur/contracts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import type { Messages } from './messages.ts';

/** Every language the interface speaks, keyed by the locale stored on the user. */
export const DICTIONARIES: Readonly<Record<Locale, Messages>> = { en, fr, es, it };

/** Each language is offered under its own name, whatever the current language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
};
