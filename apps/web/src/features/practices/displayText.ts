import type { Multilingual } from '@pactesur/contracts';
import { textIn, type ShownText } from '@pactesur/knowledge';

export { textIn, type ShownText, type TextKind } from '@pactesur/knowledge';

const present = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/**
 * The machine translation into `lang` a reader may ask for instead of a text shown in another language;
 * null when the text shown is already in `lang`, or there is none.
 */
export function machineIn(m: Multilingual | null, lang: string): ShownText | null {
  const shown = textIn(m, lang);
  if (!m || !shown || shown.language === lang) return null;
  const machine = m.machine[lang];
  return present(machine) ? { text: machine, language: lang, kind: 'machine' } : null;
}

/** Whether a field has no text in any language. */
export const isBlank = (m: Multilingual | null): boolean =>
  textIn(m, m?.source ?? '') === null && !Object.values(m?.machine ?? {}).some(present);
