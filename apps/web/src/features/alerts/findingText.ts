import type { AlertFinding } from '@pactesur/contracts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import type { Translate } from '../../i18n/useI18n.tsx';

/** Levels in the order a reader deals with them: what stops the alert first. */
export const FINDING_LEVELS = ['error', 'warning', 'recommendation'] as const;

/**
 * A finding's sentence in the reader's language when its code has one (`findingCode.<CODE>`), else the
 * server's own sentence (the XML schema's messages, codes added later).
 */
export function findingText(t: Translate, finding: Pick<AlertFinding, 'code' | 'message'>): { readonly text: string; readonly translated: boolean } {
  const key = `findingCode.${finding.code}`;
  return isMessageKey(key) ? { text: t(key), translated: true } : { text: finding.message, translated: false };
}

const INFO = /(?:^|\/)info\[(\d+)\]/;

/**
 * The language of the info a finding's path points into (`alert/info[1]/area[0]` → the second info's), or
 * null when the finding is about the whole message or the path names no info there is.
 */
export function findingLanguage(path: string, languages: readonly string[]): string | null {
  const m = INFO.exec(path);
  if (!m) return null;
  return languages[Number(m[1])] ?? null;
}

/** The findings grouped by level, errors first, each group in the server's order. */
export function findingsByLevel(findings: readonly AlertFinding[]): { readonly level: AlertFinding['level']; readonly findings: readonly AlertFinding[] }[] {
  return FINDING_LEVELS.map((level) => ({ level, findings: findings.filter((f) => f.level === level) })).filter(
    (g) => g.findings.length > 0,
  );
}
